//===--- AtomicFile.h - async-lint ----------------------------*- C++ -*-===//
//
// Every file async-lint writes (--output, merge --output, --fix) goes to a
// temporary file beside it that is renamed over it when complete: a run that
// is killed or fails leaves the previous file as it was.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_ATOMICFILE_H
#define ASYNC_LINT_TOOL_ATOMICFILE_H

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>
#include <string>

namespace async_lint {

/// "cannot write 'PATH': WHY", the one message for a file that cannot be
/// written.
llvm::Error cannotWrite(const llvm::Twine &Path, const llvm::Twine &Why);

class AtomicFile {
public:
  /// The temporary file beside \p Path, with \p Path's permissions when it
  /// exists.
  static llvm::Expected<std::unique_ptr<AtomicFile>> create(llvm::StringRef Path);
  ~AtomicFile(); // removes the temporary file unless committed

  llvm::raw_ostream &os() { return *OS; }
  /// Closes the temporary file (an error if writing failed) without
  /// replacing the target yet.
  llvm::Error close();
  /// close(), then renames the temporary file over the target.
  llvm::Error commit();

private:
  AtomicFile(std::string Path, std::string Temp, int FD);
  std::string Path, Temp;
  std::unique_ptr<llvm::raw_fd_ostream> OS;
  bool Closed = false, Committed = false;
};

} // namespace async_lint

#endif // ASYNC_LINT_TOOL_ATOMICFILE_H
