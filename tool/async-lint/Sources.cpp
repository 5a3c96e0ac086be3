//===--- Sources.cpp - async-lint -----------------------------------------===//

#include "Sources.h"
#include "llvm/Support/Path.h"

using namespace llvm;

namespace async_lint {

StringRef Sources::text(StringRef File) {
  auto &Buffer = Files[File];
  if (!Buffer) {
    auto Read = MemoryBuffer::getFile(File, /*IsText=*/false,
                                      /*RequiresNullTerminator=*/false);
    Buffer = Read ? std::move(*Read) : MemoryBuffer::getMemBuffer("");
  }
  return Buffer->getBuffer();
}

void Sources::resolve(Location &Loc) {
  StringRef Text = text(Loc.File);
  unsigned Offset = std::min<size_t>(Loc.Offset, Text.size());
  StringRef Before = Text.take_front(Offset);
  Loc.Line = Before.count('\n') + 1;
  size_t LineStart = Before.rfind('\n');
  Loc.Column = Offset - (LineStart == StringRef::npos ? 0 : LineStart + 1) + 1;
}

StringRef Sources::lineOf(const Location &Loc) {
  StringRef Text = text(Loc.File);
  size_t Offset = std::min<size_t>(Loc.Offset, Text.size());
  size_t Start = Text.take_front(Offset).rfind('\n');
  Start = Start == StringRef::npos ? 0 : Start + 1;
  size_t End = Text.find_first_of("\r\n", Offset);
  return Text.slice(Start, End == StringRef::npos ? Text.size() : End);
}

std::string relativeTo(StringRef Path, StringRef Root) {
  if (!Root.empty() && Path.size() > Root.size() && Path.starts_with(Root) &&
      sys::path::is_separator(Path[Root.size()]))
    return Path.drop_front(Root.size() + 1).str();
  return Path.str();
}

} // namespace async_lint
