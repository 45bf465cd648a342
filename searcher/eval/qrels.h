// Relevance judgments in TREC qrels format: "qid iter docno rel" per line; iter is ignored.
#pragma once
#include <istream>
#include <map>
#include <string>
#include <unordered_map>

namespace news::eval {

// docno -> judged relevance for one query. 0 is judged non-relevant, values from the relevance
// level (-l, 1 by default) up are relevant, and negative values mean "in the pool but not
// judged" (trec_eval's convention for sampled pools, which infAP and bpref rely on).
using Judgments = std::unordered_map<std::string, long>;

// qid -> judgments, ordered byte-wise by qid as trec_eval orders queries.
using Qrels = std::map<std::string, Judgments>;

// Throws InputError naming source_name and the line when a line does not have exactly four
// fields, rel is not an integer, or a document is judged twice for one query (trec_eval refuses
// such qrels too). Blank lines and lines starting with '#' are skipped.
Qrels parse_qrels(std::istream& in, const std::string& source_name);

// Reads a qrels file; throws InputError when it cannot be opened, is malformed or is empty.
Qrels read_qrels(const std::string& path);

}  // namespace news::eval
