//===--- ModuleAnchor.h - async-lint ----------------------------*- C++ -*-===//
//
// Include in exactly one source file of each binary that links the checks:
// it pulls the module's registration out of the static library.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_CHECKS_MODULEANCHOR_H
#define ASYNC_LINT_CHECKS_MODULEANCHOR_H

namespace clang::tidy {
extern volatile int AsyncModuleAnchorSource;
[[maybe_unused]] static int AsyncModuleAnchorDestination =
    AsyncModuleAnchorSource;
} // namespace clang::tidy

#endif // ASYNC_LINT_CHECKS_MODULEANCHOR_H
