//===--- Version.h - async-lint -------------------------------*- C++ -*-===//
//
// The version reported in json and sarif output and hashed into cache keys.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_VERSION_H
#define ASYNC_LINT_TOOL_VERSION_H

namespace async_lint {

inline constexpr char Version[] = "0.1.0";

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_VERSION_H
