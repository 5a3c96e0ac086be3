//===--- Baseline.cpp - async-lint ----------------------------------------===//

#include "Baseline.h"
#include "Sources.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/xxhash.h"
#include <map>

using namespace llvm;

namespace async_lint {

static Error fail(const Twine &Message) {
  return createStringError(inconvertibleErrorCode(), Message);
}

static std::string identity(StringRef Check, StringRef File,
                            StringRef Function, StringRef Text) {
  return (Check + Twine('\0') + File + Twine('\0') + Function + Twine('\0') +
          Text)
      .str();
}

static std::string identityOf(const Finding &F, StringRef Root) {
  return identity(F.Check, relativeTo(F.Loc.File, Root), F.Function,
                  F.LineText);
}

void assignFingerprints(std::vector<Finding> &Findings, StringRef Root) {
  std::map<std::string, unsigned> Seen;
  for (Finding &F : Findings) {
    std::string Id = identityOf(F, Root);
    F.Fingerprint = utohexstr(xxh3_64bits(Id), /*LowerCase=*/true, 16) + ":" +
                    std::to_string(Seen[Id]++);
  }
}

Expected<std::vector<BaselineEntry>> readBaseline(StringRef Path) {
  auto Text = MemoryBuffer::getFile(Path);
  if (!Text)
    return fail("cannot read baseline '" + Path +
                "': " + Text.getError().message());
  Expected<json::Value> Parsed = json::parse((*Text)->getBuffer());
  if (!Parsed)
    return fail("invalid baseline '" + Path +
                "': " + toString(Parsed.takeError()));
  const json::Object *Root = Parsed->getAsObject();
  const json::Array *Items = Root ? Root->getArray("findings") : nullptr;
  if (!Items)
    return fail("invalid baseline '" + Path + "': no \"findings\" array");
  std::vector<BaselineEntry> Entries;
  for (const json::Value &Item : *Items) {
    const json::Object *O = Item.getAsObject();
    auto Field = [&](StringRef Key) -> std::optional<StringRef> {
      return O ? O->getString(Key) : std::nullopt;
    };
    auto Check = Field("check"), File = Field("file"),
         Function = Field("function"), LineText = Field("text");
    if (!Check || !File || !Function || !LineText)
      return fail("invalid baseline '" + Path +
                  "': each finding needs check, file, function and text");
    Entries.push_back(
        {Check->str(), File->str(), Function->str(), LineText->str()});
  }
  return Entries;
}

Error writeBaseline(StringRef Path, const std::vector<Finding> &Findings,
                    StringRef Root) {
  json::Array Items;
  for (const Finding &F : Findings)
    Items.push_back(json::Object{{"check", F.Check},
                                 {"file", relativeTo(F.Loc.File, Root)},
                                 {"function", F.Function},
                                 {"text", F.LineText}});
  std::error_code EC;
  raw_fd_ostream OS(Path, EC, sys::fs::OF_Text);
  if (EC)
    return fail("cannot write baseline '" + Path + "': " + EC.message());
  OS << formatv("{0:2}", json::Value(json::Object{
                             {"version", 1}, {"findings", std::move(Items)}}))
     << "\n";
  return Error::success();
}

void applyBaseline(const std::vector<BaselineEntry> &Entries,
                   std::vector<Finding> &Findings, StringRef Root,
                   const std::set<std::string> &Analysed, Summary &S) {
  std::set<std::string> AnalysedFiles;
  for (const std::string &File : Analysed)
    AnalysedFiles.insert(relativeTo(File, Root));
  std::map<std::string, unsigned> Known;
  for (const BaselineEntry &E : Entries) {
    if (!AnalysedFiles.count(E.File)) {
      ++S.BaselineNotAnalysed;
      continue;
    }
    ++Known[identity(E.Check, E.File, E.Function, E.Text)];
  }
  std::vector<Finding> New;
  for (Finding &F : Findings) {
    auto It = Known.find(identityOf(F, Root));
    if (It != Known.end() && It->second > 0) {
      --It->second;
      ++S.Baselined;
      continue;
    }
    New.push_back(std::move(F));
  }
  Findings = std::move(New);
  S.UsedBaseline = true;
  for (const auto &Entry : Known)
    S.BaselineFixed += Entry.second;
}

} // namespace async_lint
