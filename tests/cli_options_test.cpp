// The shared command-line parser: GNU forms, values, numbers, errors and the generated help.
#include "cli/options.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using news::cli::OptionParser;
using news::cli::UsageError;

struct Parsed {
  std::string db, sort;
  std::vector<std::string> langs;
  size_t limit = 10;
  bool json = false, quiet = false;
  std::vector<std::string> rest;
  bool help = false;
};

Parsed parse(std::vector<std::string> args) {
  Parsed p;
  OptionParser parser("prog", "prog [options] QUERY", "Searches.", "Exit status: 0.");
  parser.text("db", 'd', "DB", "the database", p.db)
      .texts("lang", 0, "L", "a language (repeatable)", p.langs)
      .number("limit", 'n', "N", "results per page", p.limit, 1, 1000)
      .flag("json", 0, "print JSON", p.json)
      .flag("quiet", 'q', "say less", p.quiet);
  args.insert(args.begin(), "prog");
  std::vector<const char*> argv;
  for (const std::string& a : args) argv.push_back(a.c_str());
  argv.push_back(nullptr);
  p.rest = parser.parse_or_throw(static_cast<int>(args.size()), argv.data(), p.help);
  return p;
}

std::string error_of(std::vector<std::string> args) {
  try {
    parse(std::move(args));
  } catch (const UsageError& e) {
    return e.message;
  }
  return "";
}

TEST(CliOptions, TakesEveryGnuFormOfAValue) {
  EXPECT_EQ(parse({"--db", "a"}).db, "a");
  EXPECT_EQ(parse({"--db=a"}).db, "a");
  EXPECT_EQ(parse({"-d", "a"}).db, "a");
  EXPECT_EQ(parse({"-da"}).db, "a");
  EXPECT_EQ(parse({"--limit=2"}).limit, 2u);
  EXPECT_EQ(parse({"-n", "5"}).limit, 5u);
  EXPECT_EQ(parse({"-n5"}).limit, 5u);
}

TEST(CliOptions, KeepsArgumentsInOrderWhereverTheOptionsAre) {
  Parsed p = parse({"shanghai", "--db", "x", "summit", "--json"});
  EXPECT_EQ(p.rest, (std::vector<std::string>{"shanghai", "summit"}));
  EXPECT_TRUE(p.json);
  EXPECT_EQ(p.db, "x");
}

TEST(CliOptions, DoubleDashEndsTheOptions) {
  Parsed p = parse({"--db", "x", "--", "-weather", "--json"});
  EXPECT_EQ(p.rest, (std::vector<std::string>{"-weather", "--json"}));
  EXPECT_FALSE(p.json);
}

TEST(CliOptions, RepeatableOptionsCollectEveryValue) {
  EXPECT_EQ(parse({"--lang", "zh", "--lang=ja"}).langs, (std::vector<std::string>{"zh", "ja"}));
}

TEST(CliOptions, GroupsShortFlags) {
  Parsed p = parse({"-qn3"});
  EXPECT_TRUE(p.quiet);
  EXPECT_EQ(p.limit, 3u);
}

TEST(CliOptions, NamesTheOptionInEveryError) {
  EXPECT_EQ(error_of({"--frobnicate"}), "unknown option --frobnicate");
  EXPECT_EQ(error_of({"--frobnicate=1"}), "unknown option --frobnicate");
  EXPECT_EQ(error_of({"-x"}), "unknown option -x");
  EXPECT_EQ(error_of({"--db"}), "--db needs a value");
  EXPECT_EQ(error_of({"-d"}), "-d needs a value");
  EXPECT_EQ(error_of({"--json=yes"}), "--json takes no value");
  EXPECT_EQ(error_of({"--limit", "0"}), "--limit needs a whole number from 1 to 1000, not \"0\"");
  EXPECT_EQ(error_of({"-n", "12x"}), "--limit needs a whole number from 1 to 1000, not \"12x\"");
  EXPECT_EQ(error_of({"--limit=-3"}), "--limit needs a whole number from 1 to 1000, not \"-3\"");
}

TEST(CliOptions, HelpIsAskedForAndGeneratedFromTheTable) {
  EXPECT_TRUE(parse({"--help"}).help);
  EXPECT_TRUE(parse({"-h"}).help);
  OptionParser parser("prog", "prog [options] QUERY", "Searches.", "Exit status: 0.");
  std::string db;
  size_t n = 1;
  parser.text("db", 'd', "DB", "the database", db).number("limit", 'n', "N", "results per page", n, 1, 9);
  std::string help = parser.help();
  EXPECT_EQ(help.rfind("Usage: prog [options] QUERY\n\nSearches.\n\nOptions:\n", 0), 0u) << help;
  EXPECT_NE(help.find("  -d, --db DB"), std::string::npos) << help;
  EXPECT_NE(help.find("the database"), std::string::npos);
  EXPECT_NE(help.find("  -n, --limit N"), std::string::npos);
  EXPECT_NE(help.find("  -h, --help"), std::string::npos);
  EXPECT_NE(help.find("\nExit status: 0.\n"), std::string::npos);
}

TEST(CliOptions, WrapsLongHelpUnderItsColumn) {
  OptionParser parser("prog", "prog", "");
  bool f = false;
  std::string long_help;
  for (int i = 0; i < 30; ++i) long_help += "word ";
  parser.flag("flag", 0, long_help, f);
  std::string help = parser.help();
  size_t line = help.find("--flag");
  size_t next = help.find('\n', line);
  EXPECT_LE(next - help.rfind('\n', line), 101u);
  EXPECT_EQ(help.substr(next + 1, 26), std::string(26, ' '));
}

}  // namespace
