#include "cli/options.h"

#include <getopt.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <stdexcept>

namespace news::cli {
namespace {

// getopt_long's value for an option with no short name: past every char.
constexpr int kLongOnly = 256;
constexpr int kHelp = kLongOnly - 1;

std::string option_label(const std::string& long_name, char short_name) {
  return long_name.empty() ? std::string("-") + short_name : "--" + long_name;
}

// Breaks `text` into lines of at most `width` characters, each indented by `indent` after the first.
std::string wrap(const std::string& text, size_t indent, size_t width) {
  std::string out, line;
  size_t start = 0;
  auto flush = [&] {
    if (!out.empty()) out += "\n" + std::string(indent, ' ');
    out += line;
    line.clear();
  };
  while (start < text.size()) {
    size_t space = text.find(' ', start);
    std::string word = text.substr(start, space == std::string::npos ? std::string::npos : space - start);
    if (!line.empty() && line.size() + 1 + word.size() > width) flush();
    line += (line.empty() ? "" : " ") + word;
    if (space == std::string::npos) break;
    start = space + 1;
  }
  if (!line.empty()) flush();
  return out;
}

}  // namespace

size_t parse_number(const std::string& option, const std::string& text, size_t min, size_t max) {
  bool digits = !text.empty() && text.size() <= 19;
  for (char c : text) digits = digits && c >= '0' && c <= '9';
  if (digits) {
    unsigned long long n = std::stoull(text);
    if (n >= min && n <= max) return static_cast<size_t>(n);
  }
  std::string range = max == static_cast<size_t>(-1) ? "of at least " + std::to_string(min)
                                                     : "from " + std::to_string(min) + " to " + std::to_string(max);
  throw UsageError{option + " needs a whole number " + range + ", not \"" + text + "\""};
}

OptionParser::OptionParser(std::string program, std::string usage, std::string about, std::string epilog)
    : program_(std::move(program)), usage_(std::move(usage)), about_(std::move(about)), epilog_(std::move(epilog)) {}

OptionParser& OptionParser::add(Option option) {
  options_.push_back(std::move(option));
  return *this;
}

OptionParser& OptionParser::flag(const std::string& long_name, char short_name, const std::string& help, bool& target) {
  return add({long_name, short_name, "", help, [&target](const std::string&) { target = true; }});
}

OptionParser& OptionParser::text(const std::string& long_name, char short_name, const std::string& value_name,
                                 const std::string& help, std::string& target) {
  return add({long_name, short_name, value_name, help, [&target](const std::string& v) { target = v; }});
}

OptionParser& OptionParser::texts(const std::string& long_name, char short_name, const std::string& value_name,
                                  const std::string& help, std::vector<std::string>& target) {
  return add({long_name, short_name, value_name, help, [&target](const std::string& v) { target.push_back(v); }});
}

OptionParser& OptionParser::number(const std::string& long_name, char short_name, const std::string& value_name,
                                   const std::string& help, size_t& target, size_t min, size_t max) {
  std::string label = option_label(long_name, short_name);
  return add({long_name, short_name, value_name, help,
              [&target, label, min, max](const std::string& v) { target = parse_number(label, v, min, max); }});
}

OptionParser& OptionParser::custom(const std::string& long_name, char short_name, const std::string& value_name,
                                   const std::string& help, std::function<void(const std::string&)> apply) {
  return add({long_name, short_name, value_name, help, std::move(apply)});
}

std::vector<std::string> OptionParser::parse_or_throw(int argc, const char* const* argv, bool& help) const {
  bool h_is_taken = std::any_of(options_.begin(), options_.end(), [](const Option& o) { return o.short_name == 'h'; });
  // ':' first: a missing value is reported as ':' rather than '?'.
  std::string short_options = h_is_taken ? ":" : ":h";
  std::vector<option> long_options;
  for (size_t i = 0; i < options_.size(); ++i) {
    const Option& o = options_[i];
    int has_arg = o.value_name.empty() ? no_argument : required_argument;
    if (o.short_name) short_options += std::string(1, o.short_name) + (has_arg ? ":" : "");
    if (!o.long_name.empty())
      long_options.push_back({o.long_name.c_str(), has_arg, nullptr, o.short_name ? o.short_name : kLongOnly + int(i)});
  }
  long_options.push_back({"help", no_argument, nullptr, kHelp});
  long_options.push_back({nullptr, 0, nullptr, 0});

  auto find = [&](int value) -> const Option* {
    if (value >= kLongOnly) return &options_[size_t(value - kLongOnly)];
    for (const Option& o : options_)
      if (o.short_name && o.short_name == value) return &o;
    return nullptr;
  };
  help = false;
  optind = 0;  // glibc: start afresh (a program or test may parse more than once)
  opterr = 0;  // messages are ours
  char* const* args = const_cast<char* const*>(argv);
  for (int c; (c = getopt_long(argc, args, short_options.c_str(), long_options.data(), nullptr)) != -1;) {
    std::string given = argv[optind - 1];
    if (c == kHelp || (c == 'h' && !h_is_taken)) {
      help = true;
      return {};
    }
    if (c == ':') throw UsageError{given.substr(0, given.find('=')) + " needs a value"};
    const Option* o = c == '?' ? find(optopt) : find(c);
    if (c == '?') {
      if (o && o->value_name.empty()) throw UsageError{option_label(o->long_name, o->short_name) + " takes no value"};
      throw UsageError{"unknown option " + (optopt ? std::string("-") + char(optopt) : given.substr(0, given.find('=')))};
    }
    try {
      o->apply(optarg ? optarg : "");
    } catch (const std::invalid_argument& e) {
      throw UsageError{e.what()};
    }
  }
  return std::vector<std::string>(argv + optind, argv + argc);
}

std::vector<std::string> OptionParser::parse(int argc, const char* const* argv) const {
  bool help = false;
  try {
    std::vector<std::string> rest = parse_or_throw(argc, argv, help);
    if (!help) return rest;
  } catch (const UsageError& e) {
    fail(e.message);
  }
  std::cout << this->help();
  std::exit(0);
}

std::string OptionParser::help() const {
  constexpr size_t kHelpColumn = 26, kWidth = 100;
  std::string out = "Usage: " + usage_ + "\n";
  if (!about_.empty()) out += "\n" + about_ + "\n";
  out += "\nOptions:\n";
  bool h_is_taken = std::any_of(options_.begin(), options_.end(), [](const Option& o) { return o.short_name == 'h'; });
  std::vector<Option> shown = options_;
  shown.push_back({"help", h_is_taken ? '\0' : 'h', "", "show this help and exit", {}});
  for (const Option& o : shown) {
    std::string names = "  ";
    if (o.short_name) names += std::string("-") + o.short_name + (o.long_name.empty() ? "" : ", ");
    else names += "    ";
    if (!o.long_name.empty()) names += "--" + o.long_name;
    if (!o.value_name.empty()) names += " " + o.value_name;
    names += names.size() + 2 <= kHelpColumn ? std::string(kHelpColumn - names.size(), ' ') : "\n" + std::string(kHelpColumn, ' ');
    out += names + wrap(o.help, kHelpColumn, kWidth - kHelpColumn) + "\n";
  }
  if (!epilog_.empty()) out += "\n" + epilog_ + "\n";
  return out;
}

void OptionParser::fail(const std::string& message) const {
  std::cerr << program_ << ": " << message << "\nTry '" << program_ << " --help'.\n";
  std::exit(2);
}

}  // namespace news::cli
