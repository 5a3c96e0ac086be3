//===--- InputFiles.h - async-lint ----------------------------*- C++ -*-===//
//
// The files the preprocessor read for a translation unit, with a hash of the
// content it saw: what a cached result depends on besides the command line
// and the options.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_INPUTFILES_H
#define ASYNC_LINT_TOOL_INPUTFILES_H

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class SourceManager;
} // namespace clang

namespace async_lint {

struct InputFile {
  std::string Path; // absolute, as the compiler opened it
  uint64_t Hash = 0;
};

/// Every file whose content the unit's preprocessor loaded, sorted by path.
/// Relative names are made absolute against \p Directory.
std::vector<InputFile> filesRead(const clang::SourceManager &SM,
                                 llvm::StringRef Directory);

uint64_t hashContent(llvm::StringRef Content);

/// Content hashes of files on disk, each file read once per run (headers
/// are shared by many units). Thread-safe.
class ContentHashes {
public:
  /// std::nullopt when the file cannot be read.
  std::optional<uint64_t> hashOf(llvm::StringRef Path);

private:
  std::mutex Mutex;
  llvm::StringMap<std::optional<uint64_t>> Known;
};

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_INPUTFILES_H
