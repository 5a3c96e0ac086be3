//===--- CacheKey.cpp - async-lint ----------------------------------------===//

#include "CacheKey.h"
#include "LLVMCompat.h"
#include "Version.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include <algorithm>

using namespace llvm;

namespace async_lint {

std::string toolIdentity() {
  std::string Identity =
      std::string("async-lint ") + Version + " LLVM " + LLVM_VERSION_STRING;
  // The checks are linked into the executable (LLVM and clang are shared
  // libraries, covered by their version), so its bytes identify them.
  std::string Exe = sys::fs::getMainExecutable(
      "async-lint", reinterpret_cast<void *>(&toolIdentity));
  auto Buffer = MemoryBuffer::getFile(Exe, /*IsText=*/false,
                                      /*RequiresNullTerminator=*/false);
  Identity += " exe ";
  Identity += Buffer ? utohexstr(xxh3_64bits((*Buffer)->getBuffer()), true)
                     : std::string("unknown");
  return Identity;
}

static void writeList(raw_ostream &OS, StringRef Name,
                      const std::optional<std::vector<std::string>> &List) {
  OS << Name << ":";
  if (List)
    for (const std::string &Item : *List)
      OS << " " << Item.size() << ":" << Item;
  OS << "\n";
}

std::string cacheKeyMaterial(StringRef Tool, StringRef File,
                             const clang::tooling::CompilationDatabase &DB,
                             const clang::tidy::ClangTidyOptions &Options) {
  // Strings are written with their length so that no two different inputs
  // give the same text.
  std::string Text;
  raw_string_ostream OS(Text);
  OS << "tool: " << Tool << "\n";
  OS << "unit: " << File << "\n";
  for (const clang::tooling::CompileCommand &C : DB.getCompileCommands(File)) {
    OS << "command: " << C.Directory.size() << ":" << C.Directory << " "
       << C.Filename.size() << ":" << C.Filename;
    for (const std::string &Arg : C.CommandLine)
      OS << " " << Arg.size() << ":" << Arg;
    OS << "\n";
  }
  std::string Checks = Options.Checks.value_or("");
  OS << "checks: " << Checks.size() << ":" << Checks << "\n";
  std::vector<std::pair<std::string, std::string>> CheckOptions;
  for (const auto &Entry : Options.CheckOptions)
    CheckOptions.emplace_back(Entry.getKey().str(), Entry.getValue().Value);
  std::sort(CheckOptions.begin(), CheckOptions.end());
  for (const auto &[Key, Value] : CheckOptions)
    OS << "option: " << Key.size() << ":" << Key << " " << Value.size() << ":"
       << Value << "\n";
  std::string AsErrors = Options.WarningsAsErrors.value_or("");
  OS << "warnings-as-errors: " << AsErrors.size() << ":" << AsErrors << "\n";
  writeList(OS, "extra-args-before", Options.ExtraArgsBefore);
  writeList(OS, "extra-args", Options.ExtraArgs);
  writeList(OS, "removed-args", compat::removedArgs(Options));
  return Text;
}

} // namespace async_lint
