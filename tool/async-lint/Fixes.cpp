//===--- Fixes.cpp - async-lint -------------------------------------------===//

#include "Fixes.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <map>

using namespace llvm;
using clang::tooling::Replacement;
using clang::tooling::Replacements;

namespace async_lint {

static Error fail(const Twine &Message) {
  return createStringError(inconvertibleErrorCode(), Message);
}

static Error writeAtomically(StringRef File, StringRef Contents) {
  SmallString<256> Temp;
  int FD;
  if (std::error_code EC = sys::fs::createUniqueFile(
          File + ".async-lint-%%%%%%", FD, Temp))
    return fail("cannot write '" + File + "': " + EC.message());
  {
    raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Contents;
    OS.close();
    if (OS.has_error()) {
      sys::fs::remove(Temp);
      return fail("cannot write '" + File + "': " + OS.error().message());
    }
  }
  // Keep the permissions of the file being replaced.
  if (auto Perms = sys::fs::getPermissions(File))
    sys::fs::setPermissions(Temp, *Perms);
  if (std::error_code EC = sys::fs::rename(Temp, File)) {
    sys::fs::remove(Temp);
    return fail("cannot replace '" + File + "': " + EC.message());
  }
  return Error::success();
}

Error applyFixes(const std::vector<Finding> &Findings, bool WithNotes,
                 Summary &S) {
  std::map<std::string, Replacements> PerFile;
  for (const Finding &F : Findings) {
    std::vector<Replacement> Edits = F.Fix;
    if (WithNotes)
      for (const Note &N : F.Notes)
        Edits.insert(Edits.end(), N.Fix.begin(), N.Fix.end());
    if (Edits.empty())
      continue;
    // All of a finding's edits, or none of them.
    std::map<std::string, Replacements> Trial = PerFile;
    bool Conflict = false;
    for (const Replacement &R : Edits) {
      Replacements &Into = Trial[R.getFilePath().str()];
      bool Overlaps = false;
      for (const Replacement &Old : Into)
        if (R.getOffset() < Old.getOffset() + Old.getLength() &&
            Old.getOffset() < R.getOffset() + R.getLength())
          Overlaps = true;
      if (Overlaps || Into.add(R)) {
        Conflict = true;
        break;
      }
    }
    if (Conflict) {
      ++S.FixesSkipped;
      continue;
    }
    PerFile = std::move(Trial);
    ++S.FixesApplied;
  }
  for (const auto &[File, Edits] : PerFile) {
    auto Text = MemoryBuffer::getFile(File);
    if (!Text)
      return fail("cannot read '" + File + "': " + Text.getError().message());
    Expected<std::string> Fixed =
        clang::tooling::applyAllReplacements((*Text)->getBuffer(), Edits);
    if (!Fixed)
      return fail("cannot apply fixes to '" + File +
                  "': " + toString(Fixed.takeError()));
    if (Error E = writeAtomically(File, *Fixed))
      return E;
  }
  return Error::success();
}

} // namespace async_lint
