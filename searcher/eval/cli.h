// The newseval command line, kept out of main() so tests can run it in-process.
#pragma once
#include <ostream>
#include <string>
#include <vector>

namespace news::eval {

// Exit statuses: success (also for --help), and any error in the input or the options.
inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 2;

// Runs `newseval args...` (args without the program name), writing the report to out and a
// one-line "newseval: ..." message to err on failure. Returns the exit status.
int run_newseval(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace news::eval
