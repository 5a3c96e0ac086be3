//===--- Shard.h - async-lint ---------------------------------*- C++ -*-===//
//
// --shard K/N: a deterministic slice of the selected units, so that N
// machines together lint every unit exactly once.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_SHARD_H
#define ASYNC_LINT_TOOL_SHARD_H

#include "llvm/Support/Error.h"
#include <string>
#include <vector>

namespace async_lint {

struct Shard {
  unsigned Index = 1; // K, 1-based
  unsigned Count = 1; // N
};

/// Parses "K/N" with 1 <= K <= N; the error is a one-line message.
llvm::Expected<Shard> parseShard(llvm::StringRef Text);

/// The units of shard \p S: units are ordered by their path relative to
/// \p BaseDirectory (the database's directory, the same on every checkout)
/// and dealt out in turn, so shard sizes differ by at most one.
std::vector<std::string> selectShard(const std::vector<std::string> &Units,
                                     const Shard &S,
                                     llvm::StringRef BaseDirectory);

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_SHARD_H
