//===--- AboutChecks.cpp - async-lint -------------------------------------===//

#include "AboutChecks.h"
#include "Options.h"
#include "Runner.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#ifndef ASYNC_LINT_SOURCE_DOCS
#define ASYNC_LINT_SOURCE_DOCS ""
#endif

using namespace llvm;

namespace async_lint {

static int usageError(const Twine &Message) {
  errs() << "async-lint: error: " << Message << "\n";
  return ExitUsage;
}

/// As clang-tidy: the options of a file in the current directory.
static std::string fileHere() {
  SmallString<256> Here;
  sys::fs::current_path(Here);
  sys::path::append(Here, "dummy.cpp");
  return std::string(Here);
}

int listChecks(StringRef ExtraChecks) {
  std::string File = fileHere();
  if (Error E = validateConfigFiles({File}))
    return usageError(toString(std::move(E)));
  for (const std::string &Check : enabledChecks(File, ExtraChecks))
    outs() << Check << "\n";
  return ExitClean;
}

int explainCheck(StringRef Check) {
  if (!is_contained(enabledChecks(fileHere(), "-*,async-*"), Check))
    return usageError("unknown check '" + Check +
                      "'; --list-checks --checks='async-*' lists them all");
  std::vector<std::string> Places;
  std::string Self = sys::fs::getMainExecutable(nullptr, (void *)&explainCheck);
  SmallString<256> Installed(sys::path::parent_path(Self));
  sys::path::append(Installed, "../share/doc/async-lint/checks");
  Places.push_back(std::string(Installed));
  if (StringRef(ASYNC_LINT_SOURCE_DOCS) != "")
    Places.push_back(ASYNC_LINT_SOURCE_DOCS);
  for (const std::string &Dir : Places) {
    SmallString<256> Page(Dir);
    sys::path::append(Page, Check.str() + ".md");
    sys::path::remove_dots(Page, /*remove_dot_dot=*/true);
    if (auto Text = MemoryBuffer::getFile(Page)) {
      outs() << (*Text)->getBuffer();
      return ExitClean;
    }
  }
  return usageError("no page for '" + Check + "' in " + join(Places, " or "));
}

} // namespace async_lint
