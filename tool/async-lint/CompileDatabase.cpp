//===--- CompileDatabase.cpp - async-lint ---------------------------------===//

#include "CompileDatabase.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <algorithm>

using namespace llvm;
using clang::tooling::CompileCommand;
using clang::tooling::JSONCommandLineSyntax;
using clang::tooling::JSONCompilationDatabase;

namespace async_lint {

static Error fail(const Twine &Message) {
  return createStringError(inconvertibleErrorCode(), Message);
}

static std::string absolute(StringRef Path) {
  SmallString<256> Result(Path);
  sys::fs::make_absolute(Result);
  sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return std::string(Result);
}

/// "Expected array." as a message fragment: "expected array".
static std::string sentenceFragment(StringRef Message) {
  std::string Result = Message.trim().rtrim(".!").str();
  if (!Result.empty())
    Result[0] = toLower(Result[0]);
  return Result;
}

/// JSONCompilationDatabase's syntax errors say where nothing is: the JSON
/// parser's say "line:column: message". Empty when the syntax is valid.
static std::string jsonSyntaxError(StringRef Path) {
  auto Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer)
    return Buffer.getError().message();
  Expected<json::Value> Parsed = json::parse((*Buffer)->getBuffer());
  if (Parsed)
    return "";
  // Rendered as "[line:column, byte=N]: message", the column counting the
  // characters consumed on the line: the offending one's 1-based column.
  std::string Rendered = toString(Parsed.takeError());
  StringRef Rest(Rendered);
  if (!Rest.consume_front("[") || !Rest.contains("]: "))
    return sentenceFragment(Rendered);
  auto [Position, Message] = Rest.split("]: ");
  auto [Line, Column] = Position.split(',').first.split(':');
  unsigned ColumnNumber = 0;
  Column.getAsInteger(10, ColumnNumber);
  return (Line + ":" + Twine(std::max(ColumnNumber, 1u)) + ": " +
          sentenceFragment(Message))
      .str();
}

static std::string findDatabase(StringRef BuildPath) {
  if (!BuildPath.empty()) {
    SmallString<256> Candidate(absolute(BuildPath));
    if (!sys::fs::is_directory(Candidate))
      return std::string(Candidate); // -p may name the file itself
    sys::path::append(Candidate, "compile_commands.json");
    return std::string(Candidate);
  }
  for (std::string Dir = absolute("."); !Dir.empty();
       Dir = std::string(sys::path::parent_path(Dir))) {
    for (StringRef Sub : {"", "build"}) {
      SmallString<256> Candidate(Dir);
      sys::path::append(Candidate, Sub, "compile_commands.json");
      if (sys::fs::is_regular_file(Candidate))
        return std::string(Candidate);
    }
    if (sys::path::parent_path(Dir) == Dir)
      break;
  }
  return "";
}

static bool isUnder(StringRef File, StringRef Dir) {
  if (File == Dir)
    return true;
  return File.starts_with(Dir) &&
         sys::path::is_separator(File[Dir.size()]);
}

static std::string commonDirectory(const std::vector<std::string> &Files) {
  std::string Common;
  for (const std::string &File : Files) {
    StringRef Dir = sys::path::parent_path(File);
    if (Common.empty()) {
      Common = std::string(Dir);
      continue;
    }
    while (!Common.empty() && !isUnder(Dir, Common))
      Common = std::string(sys::path::parent_path(Common));
  }
  return Common;
}

Expected<Project> loadProject(StringRef BuildPath,
                              const std::vector<std::string> &Paths,
                              StringRef Root) {
  Project Result;
  Result.DatabasePath = findDatabase(BuildPath);
  if (Result.DatabasePath.empty())
    return fail("no compile_commands.json in the current directory, build/ "
                "or their parents; pass -p <build-dir>");
  if (!sys::fs::is_regular_file(Result.DatabasePath))
    return fail("no compilation database at '" + Result.DatabasePath + "'");
  if (std::string Syntax = jsonSyntaxError(Result.DatabasePath);
      !Syntax.empty())
    return fail("cannot load compilation database '" + Result.DatabasePath +
                "': " + Syntax);
  std::string Error;
  auto Database = JSONCompilationDatabase::loadFromFile(
      Result.DatabasePath, Error, JSONCommandLineSyntax::AutoDetect);
  if (!Database)
    return fail("cannot load compilation database '" + Result.DatabasePath +
                "': " + sentenceFragment(Error));
  if (Database->getAllFiles().empty())
    return fail("compilation database '" + Result.DatabasePath +
                "' has no translation units");
  for (const CompileCommand &Command : Database->getAllCompileCommands())
    if (Command.CommandLine.empty())
      return fail("malformed compilation database '" + Result.DatabasePath +
                  "': the entry for '" + Command.Filename +
                  "' has no command");

  std::vector<std::string> All;
  for (const std::string &File : Database->getAllFiles())
    All.push_back(absolute(File));
  std::sort(All.begin(), All.end());
  All.erase(std::unique(All.begin(), All.end()), All.end());

  std::vector<std::string> Wanted;
  for (const std::string &Path : Paths) {
    std::string Abs = absolute(Path);
    if (!sys::fs::exists(Abs))
      return fail("no such file or directory: '" + Path + "'");
    Wanted.push_back(Abs);
  }
  for (const std::string &File : All)
    if (Wanted.empty() ||
        std::any_of(Wanted.begin(), Wanted.end(),
                    [&](const std::string &W) { return isUnder(File, W); }))
      Result.Units.push_back(File);
  for (const std::string &W : Wanted)
    if (std::none_of(Result.Units.begin(), Result.Units.end(),
                     [&](const std::string &F) { return isUnder(F, W); })) {
      if (sys::fs::is_regular_file(W))
        Result.OtherFiles.push_back(W);
      else
        return fail("'" + W + "' has no translation unit in '" +
                    Result.DatabasePath + "'");
    }
  Result.AllUnits = All;

  if (!Root.empty()) {
    Result.Root = absolute(Root);
  } else {
    // The database usually sits in the project (build/) and headers beside
    // the sources (include/): take the directory holding both, unless that
    // is the file system root (an out-of-tree build).
    std::vector<std::string> Anchors = All;
    Anchors.push_back(absolute(Result.DatabasePath));
    Result.Root = commonDirectory(Anchors);
    if (sys::path::parent_path(Result.Root).empty())
      Result.Root = commonDirectory(All);
  }
  while (Result.Root.size() > 1 &&
         sys::path::is_separator(Result.Root.back()))
    Result.Root.pop_back();
  Result.Database = std::move(Database);
  return std::move(Result);
}

} // namespace async_lint
