// newsmark command-line tool: annotate text or HTML, write the JSON contract.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "html_blocks.h"
#include "html_text.h"
#include "newsmark/annotate.h"
#include "w3c.h"

namespace {

constexpr const char* kUsage = R"(usage: newsmark annotate [FILE|-] [--offsets utf16|codepoint|utf8] [--jsonl] [--html]
                         [--format json|w3c] [--source IRI]
       newsmark extract [FILE|-] [--html] [--json | --blocks]
       newsmark --help | --version

annotate   Reads a UTF-8 article (plain text by default) and writes newsmark's
           JSON (contract v1, docs/format.md): actors, figures, attributions.
  FILE     the input; "-" or nothing reads standard input
  --offsets  unit of every start/end: utf16 (JavaScript string indices,
             the default), codepoint (Python str indices) or utf8 (bytes)
  --jsonl    input is JSON Lines, one {"id": ..., "text": ...} per line; writes
             one result per line with its "id". A bad line yields a result whose
             "error" says why, and the other lines are still annotated.
  --html     input is an HTML page; its article text (headline and body, one
             block a line) is annotated, and the JSON gains a "text" field
             holding that text, to which the offsets refer.
  --format   json (the default: contract v1) or w3c: W3C Web Annotations
             (JSON-LD; TextQuoteSelector + TextPositionSelector, positions in
             code points) that the widget can paint without running the core,
             for pages annotated when they are published
  --source   with --format w3c: the IRI of the annotated page (the target's
             "source"); without it the target has no source

extract    Reads an HTML page and prints the body of its article as text, one
           block a line (bylines, captions, share bars, related links,
           comments and ads left out). --html is accepted and implied.
  --json     prints {"headline": ..., "standfirst": ..., "body": ...} instead
  --blocks   prints the page's block tree (docs/block-tree.md), the input of
             the article finder, instead

Exit status: 0 on success; 1 when the input could not be annotated (invalid
UTF-8, empty, over the size limit) or a --jsonl line failed; 2 on a usage error
or an unreadable file.
)";

struct Args {
  std::string command;
  std::string file = "-";
  newsmark::Offsets offsets = newsmark::Offsets::utf16;
  bool jsonl = false;
  bool html = false;
  bool json = false;    // extract: headline and body as JSON
  bool blocks = false;  // extract: the block tree
  bool w3c = false;     // annotate: write W3C Web Annotations
  bool offsets_given = false;
  std::string source;   // annotate --format w3c: the page's IRI
};

int usage_error(const std::string& message) {
  std::cerr << "newsmark: " << message << "\n(try newsmark --help)\n";
  return 2;
}

bool read_input(const std::string& file, std::string* out, std::string* error) {
  if (file == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    *out = ss.str();
    return true;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    *error = "cannot read " + file + ": " + std::strerror(errno);
    return false;
  }
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    *error = "cannot read " + file;
    return false;
  }
  return true;
}

int annotate_text(const std::string& text, const Args& args) {
  const newsmark::Result result = newsmark::annotate(text);
  if (args.w3c) {
    newsmark::W3cOptions options;
    options.source = args.source;
    std::cout << newsmark::to_w3c(result, text, options) << "\n";
  } else if (args.html) {
    // The offsets refer to the extracted text, so it travels with them.
    nlohmann::json out = nlohmann::json::parse(newsmark::to_json(result, text, args.offsets), nullptr, false);
    out["text"] = text;
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    std::cout << newsmark::to_json(result, text, args.offsets) << "\n";
  }
  if (!result.ok()) {
    std::cerr << "newsmark: " << result.message << "\n";
    return 1;
  }
  return 0;
}

nlohmann::json line_error(const nlohmann::json& id, const std::string& status, const std::string& message) {
  return {{"id", id}, {"version", newsmark::kFormatVersion}, {"actors", nlohmann::json::array()},
          {"figures", nlohmann::json::array()}, {"attributions", nlohmann::json::array()},
          {"error", {{"status", status}, {"message", message}}}};
}

int annotate_jsonl(const std::string& input, const Args& args) {
  std::istringstream lines(input);
  std::string line;
  int failures = 0;
  std::size_t number = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const nlohmann::json doc = nlohmann::json::parse(line, nullptr, false);
    nlohmann::json out;
    if (doc.is_discarded() || !doc.is_object()) {
      out = line_error(nullptr, "bad_line", "line " + std::to_string(number) + " is not a JSON object");
    } else if (!doc.contains("text") || !doc["text"].is_string()) {
      out = line_error(doc.value("id", nlohmann::json()), "bad_line",
                       "line " + std::to_string(number) + " has no string \"text\"");
    } else {
      const std::string text = doc["text"].get<std::string>();
      const newsmark::Result result = newsmark::annotate(text);
      out = nlohmann::json::parse(newsmark::to_json(result, text, args.offsets), nullptr, false);
      out["id"] = doc.value("id", nlohmann::json());
      if (!result.ok()) {
        std::cerr << "newsmark: line " << number << ": " << result.message << "\n";
      }
    }
    if (!out["error"].is_null()) ++failures;
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  if (failures) std::cerr << "newsmark: " << failures << " line(s) failed\n";
  return failures ? 1 : 0;
}

int run_annotate(const Args& args) {
  std::string input, error;
  if (!read_input(args.file, &input, &error)) {
    std::cerr << "newsmark: " << error << "\n";
    return 2;
  }
  if (args.jsonl) return annotate_jsonl(input, args);
  if (args.html) return annotate_text(newsmark::cli::html_article_text(input), args);
  return annotate_text(input, args);
}

int run_extract(const Args& args) {
  std::string input, error;
  if (!read_input(args.file, &input, &error)) {
    std::cerr << "newsmark: " << error << "\n";
    return 2;
  }
  if (args.blocks) {
    std::cout << newsmark::cli::block_tree_json(newsmark::cli::read_block_tree(input)) << "\n";
    return 0;
  }
  const newsmark::cli::ArticleText article = newsmark::cli::html_article(input);
  if (args.json) {
    auto or_null = [](const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); };
    const nlohmann::json out = {{"headline", or_null(article.headline)},
                                {"standfirst", or_null(article.standfirst)},
                                {"body", article.body_text()}};
    std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    const std::string body = article.body_text();
    std::cout << body;
    if (!body.empty()) std::cout << "\n";
  }
  if (article.body.empty()) {
    std::cerr << "newsmark: no article found\n";
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> argv_list(argv + 1, argv + argc);
  if (argv_list.empty()) return usage_error("missing command");
  Args args;
  bool file_seen = false;
  for (std::size_t i = 0; i < argv_list.size(); ++i) {
    const std::string& a = argv_list[i];
    if (a == "--help" || a == "-h") {
      std::cout << kUsage;
      return 0;
    } else if (a == "--version") {
      std::cout << "newsmark 1.0.0 (format " << newsmark::kFormatVersion << ")\n";
      return 0;
    } else if (a == "--offsets") {
      if (i + 1 >= argv_list.size()) return usage_error("--offsets needs a value");
      const std::string& v = argv_list[++i];
      if (v == "utf16") args.offsets = newsmark::Offsets::utf16;
      else if (v == "codepoint") args.offsets = newsmark::Offsets::codepoint;
      else if (v == "utf8") args.offsets = newsmark::Offsets::utf8;
      else return usage_error("--offsets takes utf16, codepoint or utf8, not " + v);
      args.offsets_given = true;
    } else if (a == "--format") {
      if (i + 1 >= argv_list.size()) return usage_error("--format needs a value");
      const std::string& v = argv_list[++i];
      if (v == "w3c") args.w3c = true;
      else if (v != "json") return usage_error("--format takes json or w3c, not " + v);
    } else if (a == "--source") {
      if (i + 1 >= argv_list.size()) return usage_error("--source needs a value");
      args.source = argv_list[++i];
    } else if (a == "--jsonl") {
      args.jsonl = true;
    } else if (a == "--html") {
      args.html = true;
    } else if (a == "--json") {
      args.json = true;
    } else if (a == "--blocks") {
      args.blocks = true;
    } else if (args.command.empty()) {
      args.command = a;
    } else if (!file_seen && (a == "-" || a.rfind("--", 0) != 0)) {
      args.file = a;
      file_seen = true;
    } else {
      return usage_error("unexpected argument " + a);
    }
  }
  if (args.command == "extract") {
    if (args.jsonl) return usage_error("extract reads one HTML page, not --jsonl");
    if (args.json && args.blocks) return usage_error("--json and --blocks do not go together");
    return run_extract(args);
  }
  if (args.json || args.blocks) return usage_error("--json and --blocks are options of extract");
  if (args.command != "annotate") return usage_error("unknown command " + args.command);
  if (args.jsonl && args.html) return usage_error("--jsonl and --html do not go together");
  if (args.w3c && args.jsonl) return usage_error("--format w3c writes one collection; it does not go with --jsonl");
  if (args.w3c && args.offsets_given) return usage_error("--format w3c positions are always code points; drop --offsets");
  if (!args.source.empty() && !args.w3c) return usage_error("--source goes with --format w3c");
  return run_annotate(args);
}
