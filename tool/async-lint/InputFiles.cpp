//===--- InputFiles.cpp - async-lint --------------------------------------===//

#include "InputFiles.h"
#include "LLVMCompat.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"
#include <algorithm>

using namespace llvm;

namespace async_lint {

uint64_t hashContent(StringRef Content) { return xxh3_64bits(Content); }

std::vector<InputFile> filesRead(const clang::SourceManager &SM,
                                 StringRef Directory) {
  std::vector<InputFile> Result;
  for (auto It = SM.fileinfo_begin(), End = SM.fileinfo_end(); It != End;
       ++It) {
    // Only loaded content can have influenced the result; a file that was
    // merely looked up has no buffer.
    std::optional<MemoryBufferRef> Buffer = It->second->getBufferIfLoaded();
    if (!Buffer)
      continue;
    // Kept as opened (no dot removal): re-reading this path must reach the
    // same file even through symbolic links.
    SmallString<256> Path(It->first.getName());
    if (!sys::path::is_absolute(Path))
      compat::makeAbsolute(Directory, Path);
    Result.push_back({std::string(Path), hashContent(Buffer->getBuffer())});
  }
  std::sort(Result.begin(), Result.end(),
            [](const InputFile &A, const InputFile &B) {
              return A.Path < B.Path;
            });
  Result.erase(std::unique(Result.begin(), Result.end(),
                           [](const InputFile &A, const InputFile &B) {
                             return A.Path == B.Path;
                           }),
               Result.end());
  return Result;
}

std::optional<uint64_t> ContentHashes::hashOf(StringRef Path) {
  {
    std::lock_guard<std::mutex> Lock(Mutex);
    auto It = Known.find(Path);
    if (It != Known.end())
      return It->second;
  }
  // Read outside the lock: another thread hashing the same file only
  // repeats the work.
  std::optional<uint64_t> Hash;
  if (auto Buffer = MemoryBuffer::getFile(Path, /*IsText=*/false,
                                          /*RequiresNullTerminator=*/false))
    Hash = hashContent((*Buffer)->getBuffer());
  std::lock_guard<std::mutex> Lock(Mutex);
  Known[Path] = Hash;
  return Hash;
}

} // namespace async_lint
