//===--- CachedResult.h - async-lint --------------------------*- C++ -*-===//
//
// A translation unit's result as JSON for the cache and from a worker
// process, and back. Everything
// the report, the baseline and --fix use is kept: findings with notes,
// fix-its and the enclosing function, and the files the unit read.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_CACHEDRESULT_H
#define ASYNC_LINT_TOOL_CACHEDRESULT_H

#include "Finding.h"
#include "llvm/Support/JSON.h"
#include <optional>

namespace async_lint {

llvm::json::Value resultToJson(const UnitResult &Result);

/// std::nullopt when \p Value is not a well-formed result.
std::optional<UnitResult> resultFromJson(const llvm::json::Value &Value);

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_CACHEDRESULT_H
