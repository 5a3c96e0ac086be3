//===--- Worker.cpp - async-lint ------------------------------------------===//

#include "Worker.h"
#include "CachedResult.h"
#include "Runner.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"
#include <mutex>

extern char **environ;

using namespace llvm;

namespace async_lint {

int runWorker(int Argc, const char **Argv) {
  if (Argc != 7) {
    errs() << "async-lint: error: " << WorkerFlag
           << " is internal: MODE DATABASE FILE OUTPUT CHECKS\n";
    return 2;
  }
  StringRef Mode = Argv[2], DatabasePath = Argv[3], File = Argv[4],
            Output = Argv[5], Checks = Argv[6];
  std::string Error;
  auto Database = clang::tooling::JSONCompilationDatabase::loadFromFile(
      DatabasePath, Error, clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (!Database) {
    errs() << "async-lint: error: " << Error << "\n";
    return 2;
  }
  UnitResult Result =
      analyseUnit(*Database, File.str(), Checks, Mode == "includes");
  std::error_code EC;
  raw_fd_ostream OS(Output, EC);
  if (EC) {
    errs() << "async-lint: error: cannot write '" << Output
           << "': " << EC.message() << "\n";
    return 2;
  }
  OS << resultToJson(Result);
  return 0;
}

/// The line of LLVM's crash report that says what was being done ("<eof>
/// parser at end of file", "file.cpp:3:1: parsing function body 'f'"): the
/// first entry of the stack dump other than the program's arguments; else
/// the first line.
static std::string crashLine(StringRef Report) {
  SmallVector<StringRef> Lines;
  Report.split(Lines, '\n', -1, /*KeepEmpty=*/false);
  for (size_t I = 0; I < Lines.size(); ++I) {
    if (Lines[I].trim() != "Stack dump:")
      continue;
    for (StringRef Entry : ArrayRef(Lines).drop_front(I + 1)) {
      // "0.\tProgram arguments: ...", " #0 0x... frame"
      StringRef Text = Entry.ltrim(" ").drop_while([](char C) { return isDigit(C); });
      if (!Text.consume_front(".") || Entry.trim().starts_with("#"))
        break;
      Text = Text.trim();
      if (!Text.starts_with("Program arguments:"))
        return Text.str();
    }
  }
  return Lines.empty() ? "" : Lines.front().trim().str();
}

static std::mutex StderrMutex;

static UnitResult runInWorker(StringRef Mode, StringRef DatabasePath,
                              StringRef File, StringRef Checks) {
  UnitResult Result;
  Result.File = File.str();
  auto Failed = [&](const Twine &Why) {
    Result.Failed = true;
    Result.FirstError = Why.str();
    return Result;
  };
  SmallString<128> OutputPath, ErrorsPath;
  if (std::error_code EC = sys::fs::createTemporaryFile(
          "async-lint-unit", "json", OutputPath))
    return Failed("cannot create a temporary file: " + EC.message());
  FileRemover RemoveOutput(OutputPath);
  if (std::error_code EC = sys::fs::createTemporaryFile(
          "async-lint-unit", "err", ErrorsPath))
    return Failed("cannot create a temporary file: " + EC.message());
  FileRemover RemoveErrors(ErrorsPath);

  std::string Self = sys::fs::getMainExecutable(nullptr, (void *)&runWorker);
  StringRef Args[] = {Self, WorkerFlag, Mode,      DatabasePath,
                      File, OutputPath, Checks};
  // Only the first line of a crash report is shown: skip symbolizing it.
  std::vector<StringRef> Env;
  for (char **E = environ; *E; ++E)
    Env.push_back(*E);
  Env.push_back("LLVM_DISABLE_SYMBOLIZATION=1");
  std::optional<StringRef> Redirects[] = {StringRef(""), std::nullopt,
                                          StringRef(ErrorsPath)};
  std::string Message;
  int Code = sys::ExecuteAndWait(Self, Args, Env, Redirects,
                                 /*SecondsToWait=*/0, /*MemoryLimit=*/0,
                                 &Message);
  auto Errors = MemoryBuffer::getFile(ErrorsPath);
  StringRef ErrorText = Errors ? (*Errors)->getBuffer() : "";

  if (Code == 0) {
    auto Text = MemoryBuffer::getFile(OutputPath);
    Expected<json::Value> Parsed =
        Text ? json::parse((*Text)->getBuffer())
             : Expected<json::Value>(errorCodeToError(Text.getError()));
    std::optional<UnitResult> Read;
    if (Parsed)
      Read = resultFromJson(*Parsed);
    else
      consumeError(Parsed.takeError());
    if (Read) {
      if (!ErrorText.empty()) {
        std::lock_guard<std::mutex> Lock(StderrMutex);
        errs() << ErrorText;
      }
      return std::move(*Read);
    }
    return Failed("the analysis wrote no result");
  }
  std::string Line = crashLine(ErrorText);
  // ExecuteAndWait: -2 for a signal (Message is its name), -1 when the
  // worker could not be started.
  std::string What = Code == -2   ? "crashed (" + Message + ")"
                     : Code == -1 ? "could not be run (" + Message + ")"
                                  : "failed (exit code " +
                                        std::to_string(Code) + ")";
  return Failed("the analysis " + What + (Line.empty() ? "" : ": " + Line));
}

UnitResult analyseInWorker(StringRef DatabasePath, StringRef File,
                           StringRef Checks) {
  return runInWorker("analyse", DatabasePath, File, Checks);
}

UnitResult includesInWorker(StringRef DatabasePath, StringRef File,
                            StringRef Checks) {
  return runInWorker("includes", DatabasePath, File, Checks);
}

} // namespace async_lint
