//===--- AtomicFile.cpp - async-lint --------------------------------------===//

#include "AtomicFile.h"
#include "llvm/Support/FileSystem.h"

using namespace llvm;

namespace async_lint {

Error cannotWrite(const Twine &Path, const Twine &Why) {
  return createStringError(inconvertibleErrorCode(),
                           "cannot write '" + Path + "': " + Why);
}

Expected<std::unique_ptr<AtomicFile>> AtomicFile::create(StringRef Path) {
  SmallString<256> Temp;
  int FD;
  if (std::error_code EC =
          sys::fs::createUniqueFile(Path + ".async-lint-%%%%%%", FD, Temp))
    return cannotWrite(Path, EC.message());
  if (auto Perms = sys::fs::getPermissions(Path))
    sys::fs::setPermissions(Temp, *Perms);
  return std::unique_ptr<AtomicFile>(
      new AtomicFile(Path.str(), std::string(Temp), FD));
}

AtomicFile::AtomicFile(std::string Path, std::string Temp, int FD)
    : Path(std::move(Path)), Temp(std::move(Temp)),
      OS(std::make_unique<raw_fd_ostream>(FD, /*shouldClose=*/true)) {}

AtomicFile::~AtomicFile() {
  if (!Committed) {
    OS.reset();
    sys::fs::remove(Temp);
  }
}

Error AtomicFile::close() {
  if (Closed)
    return Error::success();
  Closed = true;
  OS->close();
  if (OS->has_error()) {
    std::string Why = OS->error().message();
    OS->clear_error();
    return cannotWrite(Path, Why);
  }
  return Error::success();
}

Error AtomicFile::commit() {
  if (Error E = close())
    return E;
  if (std::error_code EC = sys::fs::rename(Temp, Path))
    return cannotWrite(Path, EC.message());
  Committed = true;
  return Error::success();
}

} // namespace async_lint
