// A TREC run: "qid Q0 docno rank score tag" per line. Only qid, docno, score and the tag matter:
// like trec_eval, newseval ignores the rank column and ranks by score (see ranking.h).
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

struct Run {
  // qid -> retrieved documents in file order.
  std::map<std::string, std::vector<Retrieved>> queries;
  // The tag of the last line, which trec_eval reports as the run's id.
  std::string run_id;
};

// Throws InputError naming source_name and the line when a line has fewer than six fields, the
// score is not a number, or a document appears twice for one query (trec_eval stops with an
// error on such a run). Fields after the sixth are ignored, as trec_eval ignores them; blank
// lines and lines whose first non-blank character is '#' are skipped.
Run parse_run(std::istream& in, const std::string& source_name);

// Reads a run file, or standard input when path is "-"; an empty run is an error.
Run read_run(const std::string& path);

}  // namespace news::eval
