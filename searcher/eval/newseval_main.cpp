// newseval: trec_eval's measures, command line and output, and comparisons of runs with a
// baseline (see eval/cli.h).
#include <iostream>
#include <string>
#include <vector>

#include "eval/cli.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  const std::vector<std::string> args(argv + 1, argv + argc);
  return news::eval::run_newseval(args, std::cout, std::cerr);
}
