// Relevance judgments in TREC qrels format: "qid iter docno rel" per line; iter is ignored.
#pragma once
#include <istream>
#include <map>
#include <string>
#include <unordered_map>

namespace news::eval {

// docno -> judged relevance for one query. Values of 1 and above are relevant; 0 is judged
// non-relevant; trec_eval reads negative values as "in the pool but unjudged", which every
// measure here treats as non-relevant.
using Judgments = std::unordered_map<std::string, long>;

// qid -> judgments. Ordered byte-wise by qid because trec_eval reports queries in that order.
using Qrels = std::map<std::string, Judgments>;

// Throws InputError naming source_name and the line when a line does not have exactly four
// fields, rel is not an integer, or a document is judged twice for one query (trec_eval
// refuses such qrels too).
Qrels parse_qrels(std::istream& in, const std::string& source_name);

// Reads a qrels file; throws InputError when it cannot be opened or is malformed.
Qrels read_qrels(const std::string& path);

}  // namespace news::eval
