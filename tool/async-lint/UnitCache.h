//===--- UnitCache.h - async-lint -----------------------------*- C++ -*-===//
//
// --cache DIR: one entry per translation unit, named by a hash of its key
// material (CacheKey.h). An entry holds the files the unit read with their
// content hashes, and its result; it is used only when the key material is
// the same and every one of those files still has the same content, so a
// hit never parses anything.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_UNITCACHE_H
#define ASYNC_LINT_TOOL_UNITCACHE_H

#include "Finding.h"
#include "InputFiles.h"
#include "llvm/Support/Error.h"
#include <atomic>
#include <memory>
#include <optional>

namespace async_lint {

class UnitCache {
public:
  /// Creates \p Directory when missing; an error when that fails.
  static llvm::Expected<std::unique_ptr<UnitCache>>
  open(llvm::StringRef Directory);

  /// Identifies the tool in every key (toolIdentity()).
  const std::string &tool() const { return Tool; }

  /// The stored result for \p KeyMaterial when all its input files are
  /// unchanged. A missing, unreadable, corrupt or stale entry is a miss.
  std::optional<UnitResult> lookup(llvm::StringRef KeyMaterial);

  /// Stores \p Result (its Inputs must be set). Written to a temporary file
  /// and renamed, so readers never see half an entry; failures are ignored:
  /// the cache only ever saves time.
  void store(llvm::StringRef KeyMaterial, const UnitResult &Result);

  size_t hits() const { return Hits; }
  size_t misses() const { return Misses; }

private:
  UnitCache(std::string Directory, std::string Tool)
      : Directory(std::move(Directory)), Tool(std::move(Tool)) {}
  std::string entryPath(llvm::StringRef KeyMaterial) const;

  std::string Directory;
  std::string Tool;
  ContentHashes Hashes;
  std::atomic<size_t> Hits{0}, Misses{0};
};

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_UNITCACHE_H
