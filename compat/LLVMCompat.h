//===--- LLVMCompat.h - async-lint ------------------------------*- C++ -*-===//
//
// The one place that knows how the LLVM/Clang APIs we use differ between the
// supported versions, LLVM 19 and LLVM 22 (Debian bookworm ships both). Each
// wrapper says what changed; code elsewhere calls these and has no #if.
//
// Handled outside this header, because it concerns overriding rather than
// calling: RecursiveASTVisitor's Traverse*TypeLoc take a second argument
// (TraverseQualifier) in LLVM 22, so CoroutineFrameVisitor.h declares both
// forms.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_COMPAT_LLVMCOMPAT_H
#define ASYNC_LINT_COMPAT_LLVMCOMPAT_H

#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/FunctionExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

#if LLVM_VERSION_MAJOR >= 22
#include "clang/Options/Options.h"
#else
// LLVM 19 declares ClangTidyModuleRegistry in its own header; LLVM 22 in
// ClangTidyModule.h (and deprecates this one with a #warning).
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang/Driver/Options.h"
#endif

namespace async_lint::compat {

// The clang driver's option table: clang/Driver/Options.h in namespace
// clang::driver in LLVM 19, clang/Options/Options.h in namespace clang in
// LLVM 22.
#if LLVM_VERSION_MAJOR >= 22
namespace driver_options = clang::options;
inline const llvm::opt::OptTable &getDriverOptTable() {
  return clang::getDriverOptTable();
}
#else
namespace driver_options = clang::driver::options;
inline const llvm::opt::OptTable &getDriverOptTable() {
  return clang::driver::getDriverOptTable();
}
#endif

/// Makes \p Path absolute against \p Directory, without asking the file
/// system. LLVM 19: sys::fs::make_absolute(Dir, Path); LLVM 22 moved it to
/// sys::path::make_absolute.
inline void makeAbsolute(const llvm::Twine &Directory,
                         llvm::SmallVectorImpl<char> &Path) {
#if LLVM_VERSION_MAJOR >= 22
  llvm::sys::path::make_absolute(Directory, Path);
#else
  llvm::sys::fs::make_absolute(Directory, Path);
#endif
}

/// A DiagnosticsEngine with \p Options that reports to \p Consumer (not
/// owned). LLVM 19: the engine shares ownership of a copy of the options
/// (IntrusiveRefCntPtr) and DiagnosticIDs is created with new; LLVM 22: it
/// refers to \p Options, which must outlive it, and DiagnosticIDs::create().
inline std::unique_ptr<clang::DiagnosticsEngine>
makeDiagnosticsEngine(clang::DiagnosticOptions &Options,
                      clang::DiagnosticConsumer &Consumer) {
#if LLVM_VERSION_MAJOR >= 22
  return std::make_unique<clang::DiagnosticsEngine>(
      clang::DiagnosticIDs::create(), Options, &Consumer,
      /*ShouldOwnClient=*/false);
#else
  return std::make_unique<clang::DiagnosticsEngine>(
      new clang::DiagnosticIDs(), new clang::DiagnosticOptions(Options),
      &Consumer, /*ShouldOwnClient=*/false);
#endif
}

/// Gives \p Context the engine it reports through. LLVM 19 takes only the
/// engine; LLVM 22 also takes ownership of the engine's options.
inline void setDiagnosticsEngine(
    clang::tidy::ClangTidyContext &Context,
    std::unique_ptr<clang::DiagnosticOptions> Options,
    clang::DiagnosticsEngine &Engine) {
#if LLVM_VERSION_MAJOR >= 22
  Context.setDiagnosticsEngine(std::move(Options), &Engine);
#else
  Context.setDiagnosticsEngine(&Engine);
#endif
}

/// The checks \p Options enable. LLVM 22 added the ExperimentalCustomChecks
/// argument (checks defined in .clang-tidy), which async-lint keeps off.
inline std::vector<std::string>
getCheckNames(const clang::tidy::ClangTidyOptions &Options,
              bool AllowEnablingAnalyzerAlphaCheckers) {
#if LLVM_VERSION_MAJOR >= 22
  return clang::tidy::getCheckNames(Options, AllowEnablingAnalyzerAlphaCheckers,
                                    /*ExperimentalCustomChecks=*/false);
#else
  return clang::tidy::getCheckNames(Options,
                                    AllowEnablingAnalyzerAlphaCheckers);
#endif
}

/// The `RemovedArgs` of a .clang-tidy: arguments dropped from the compile
/// command. LLVM 22 added the option; LLVM 19 has none, so nothing is removed.
inline const std::optional<clang::tidy::ClangTidyOptions::ArgList> &
removedArgs(const clang::tidy::ClangTidyOptions &Options) {
#if LLVM_VERSION_MAJOR >= 22
  return Options.RemovedArgs;
#else
  static const std::optional<clang::tidy::ClangTidyOptions::ArgList> None;
  return None;
#endif
}

/// What clangd's provideDefaultChecks() returns (clangd/TidyProvider.h, which
/// Debian does not install; async-clangd wraps the function). LLVM 19: a
/// TidyProviderRef, a function_ref to a static callable; LLVM 22: a
/// TidyProvider, a unique_function that owns it.
#if LLVM_VERSION_MAJOR >= 22
using ClangdDefaultChecksProvider = llvm::unique_function<void(
    clang::tidy::ClangTidyOptions &, llvm::StringRef) const>;
#else
using ClangdDefaultChecksProvider =
    llvm::function_ref<void(clang::tidy::ClangTidyOptions &, llvm::StringRef)>;
#endif

} // namespace async_lint::compat

#endif // ASYNC_LINT_COMPAT_LLVMCOMPAT_H
