// One command-line parser for every program of the project: GNU forms (`--opt value`,
// `--opt=value`, `-o value`, `-ovalue`, grouped short flags, `--` before arguments that start
// with a dash) through getopt_long, and the help text generated from the same option table.
#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace news::cli {

// A bad command line; the message names the option. parse() prints it and exits with status 2.
struct UsageError {
  std::string message;
};

class OptionParser {
 public:
  // `usage` is the synopsis line(s) after "Usage: "; `about` a paragraph printed before the
  // options; `epilog` what follows them (exit statuses, examples).
  OptionParser(std::string program, std::string usage, std::string about, std::string epilog = {});

  // Options. `long_name` without dashes; `short_name` 0 for none; `value_name` shown in help.
  OptionParser& flag(const std::string& long_name, char short_name, const std::string& help, bool& target);
  OptionParser& text(const std::string& long_name, char short_name, const std::string& value_name,
                     const std::string& help, std::string& target);
  // Repeatable: every occurrence adds a value.
  OptionParser& texts(const std::string& long_name, char short_name, const std::string& value_name,
                      const std::string& help, std::vector<std::string>& target);
  // A whole number from `min` to `max`.
  OptionParser& number(const std::string& long_name, char short_name, const std::string& value_name,
                       const std::string& help, size_t& target, size_t min, size_t max = static_cast<size_t>(-1));
  // Any other kind of value: `apply` throws UsageError (or std::invalid_argument) to refuse it.
  OptionParser& custom(const std::string& long_name, char short_name, const std::string& value_name,
                       const std::string& help, std::function<void(const std::string&)> apply);

  // Parses argv[1..]: returns the other arguments, in order. --help (and -h unless taken) prints
  // help() and exits 0; a bad command line prints one line and exits 2.
  std::vector<std::string> parse(int argc, const char* const* argv) const;
  // The same, throwing UsageError instead of exiting; sets `help` when help was asked for.
  std::vector<std::string> parse_or_throw(int argc, const char* const* argv, bool& help) const;

  std::string help() const;
  [[noreturn]] void fail(const std::string& message) const;  // one line, a hint, exit 2
  const std::string& program() const { return program_; }

 private:
  struct Option {
    std::string long_name;
    char short_name = 0;
    std::string value_name;  // empty: a flag
    std::string help;
    std::function<void(const std::string&)> apply;
  };
  OptionParser& add(Option option);

  std::string program_, usage_, about_, epilog_;
  std::vector<Option> options_;
};

// A whole number from `min` to `max` written in `text`, or UsageError naming `option`.
size_t parse_number(const std::string& option, const std::string& text, size_t min, size_t max);

}  // namespace news::cli
