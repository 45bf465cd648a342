// A TREC run: "qid Q0 docno rank score tag" per line. Only qid, docno and score matter: like
// trec_eval, newseval ignores the rank column and ranks by score (see ranking.h).
#pragma once
#include <istream>
#include <map>
#include <string>
#include <vector>

namespace news::eval {

struct Retrieved {
  std::string docno;
  double score = 0;
};

// qid -> retrieved documents in file order.
using Run = std::map<std::string, std::vector<Retrieved>>;

// Throws InputError naming source_name and the line when a line has fewer than six fields,
// the score is not a number, or a document appears twice for one query (trec_eval refuses to
// score such a run, so newseval refuses to read it). Fields after the sixth are ignored, as
// trec_eval ignores them.
Run parse_run(std::istream& in, const std::string& source_name);

// Reads a run file, or standard input when path is "-".
Run read_run(const std::string& path);

}  // namespace news::eval
