//===--- UnitCache.cpp - async-lint ---------------------------------------===//

#include "UnitCache.h"
#include "CacheKey.h"
#include "CachedResult.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

using namespace llvm;

namespace async_lint {

// Bumped whenever the entry layout changes: old entries become misses.
static constexpr int EntryFormat = 3;

Expected<std::unique_ptr<UnitCache>> UnitCache::open(StringRef Directory) {
  if (std::error_code EC = sys::fs::create_directories(Directory))
    return createStringError(EC, "cannot create cache directory '" +
                                     Directory + "': " + EC.message());
  // create_directories accepts an existing regular file; a cache that
  // cannot be written would silently cache nothing.
  if (!sys::fs::is_directory(Directory))
    return createStringError(inconvertibleErrorCode(),
                             "cache '" + Directory + "' is not a directory");
  SmallString<256> Probe;
  int FD;
  if (std::error_code EC = sys::fs::createUniqueFile(
          Directory + "/.probe-%%%%%%%%", FD, Probe))
    return createStringError(EC, "cannot write to cache directory '" +
                                     Directory + "': " + EC.message());
  sys::fs::closeFile(FD);
  sys::fs::remove(Probe);
  SmallString<256> Absolute(Directory);
  sys::fs::make_absolute(Absolute);
  return std::unique_ptr<UnitCache>(
      new UnitCache(std::string(Absolute), toolIdentity()));
}

std::string UnitCache::entryPath(StringRef KeyMaterial) const {
  XXH128_hash_t H = xxh3_128bits(arrayRefFromStringRef(KeyMaterial));
  SmallString<256> Path(Directory);
  sys::path::append(Path, utohexstr(H.high64, true, 16) +
                              utohexstr(H.low64, true, 16) + ".json");
  return std::string(Path);
}

std::optional<UnitResult> UnitCache::lookup(StringRef KeyMaterial) {
  auto Miss = [&]() -> std::optional<UnitResult> {
    ++Misses;
    return std::nullopt;
  };
  auto Text = MemoryBuffer::getFile(entryPath(KeyMaterial), /*IsText=*/false,
                                    /*RequiresNullTerminator=*/false);
  if (!Text)
    return Miss();
  Expected<json::Value> Entry = json::parse((*Text)->getBuffer());
  if (!Entry) {
    consumeError(Entry.takeError());
    return Miss();
  }
  const json::Object *O = Entry->getAsObject();
  // The key material itself is kept, so a hash collision is a miss too.
  if (!O || O->getInteger("format") != EntryFormat ||
      O->getString("key") != KeyMaterial || !O->get("result"))
    return Miss();
  std::optional<UnitResult> Result = resultFromJson(*O->get("result"));
  if (!Result || Result->Inputs.empty())
    return Miss();
  for (const InputFile &Input : Result->Inputs)
    if (Hashes.hashOf(Input.Path) != Input.Hash)
      return Miss();
  ++Hits;
  return Result;
}

void UnitCache::store(StringRef KeyMaterial, const UnitResult &Result) {
  std::string Path = entryPath(KeyMaterial);
  SmallString<256> Temp;
  int FD;
  if (sys::fs::createUniqueFile(Path + ".%%%%%%%%.tmp", FD, Temp))
    return;
  {
    raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << json::Value(json::Object{{"format", EntryFormat},
                                   {"key", KeyMaterial},
                                   {"result", resultToJson(Result)}});
    OS.close();
    if (OS.has_error()) {
      OS.clear_error();
      sys::fs::remove(Temp);
      return;
    }
  }
  if (sys::fs::rename(Temp, Path))
    sys::fs::remove(Temp);
}

} // namespace async_lint
