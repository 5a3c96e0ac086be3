//===--- ReportReader.cpp - async-lint ------------------------------------===//

#include "ReportReader.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

using namespace llvm;
using clang::tooling::Replacement;

namespace async_lint {

namespace {

/// Reads fields of one report, remembering the first missing or mistyped
/// one for the error message.
class Reader {
public:
  std::string Root;
  std::string Problem; // "" while everything was well-formed

  void fail(StringRef What) {
    if (Problem.empty())
      Problem = What.str();
  }
  const json::Object *object(const json::Object *O, StringRef Key) {
    const json::Object *Result = O ? O->getObject(Key) : nullptr;
    if (!Result)
      fail("no \"" + Key.str() + "\" object");
    return Result;
  }
  const json::Array &array(const json::Object *O, StringRef Key) {
    static const json::Array Empty;
    const json::Array *Result = O ? O->getArray(Key) : nullptr;
    if (!Result)
      fail("no \"" + Key.str() + "\" array");
    return Result ? *Result : Empty;
  }
  std::string string(const json::Object *O, StringRef Key) {
    std::optional<StringRef> Result = O ? O->getString(Key) : std::nullopt;
    if (!Result)
      fail("no \"" + Key.str() + "\" string");
    return Result ? Result->str() : "";
  }
  unsigned number(const json::Object *O, StringRef Key) {
    std::optional<int64_t> Result = O ? O->getInteger(Key) : std::nullopt;
    if (!Result || *Result < 0 || *Result > UINT32_MAX) {
      fail("no \"" + Key.str() + "\" number");
      return 0;
    }
    return unsigned(*Result);
  }
  /// Report paths are relative to the root unless outside it.
  std::string absolute(StringRef Path) {
    if (sys::path::is_absolute(Path) || Root.empty())
      return Path.str();
    return (Root + "/" + Path).str();
  }
  /// A SARIF artifactLocation: relative to SRCROOT, or a file:// URI.
  std::string artifact(const json::Object *O) {
    const json::Object *A = object(O, "artifactLocation");
    std::string Uri = string(A, "uri");
    if (StringRef(Uri).consume_front("file://"))
      return Uri.substr(strlen("file://"));
    return absolute(Uri);
  }
};

} // namespace

static std::vector<Replacement> jsonFix(Reader &R, const json::Object *O) {
  std::vector<Replacement> Fix;
  for (const json::Value &V : R.array(O, "fix")) {
    const json::Object *E = V.getAsObject();
    Fix.emplace_back(R.absolute(R.string(E, "file")), R.number(E, "offset"),
                     R.number(E, "length"), R.string(E, "replacement"));
  }
  return Fix;
}

/// The end of a finding's range as a report gives it (line and column only).
static Location endOf(const json::Object *O, StringRef LineKey,
                      StringRef ColumnKey, const Location &Start) {
  std::optional<int64_t> Line = O ? O->getInteger(LineKey) : std::nullopt;
  std::optional<int64_t> Column = O ? O->getInteger(ColumnKey) : std::nullopt;
  if (!Line || !Column)
    return {};
  return {Start.File, 0, unsigned(*Line), unsigned(*Column)};
}

static Location jsonLocation(Reader &R, const json::Object *O) {
  const json::Object *L = R.object(O, "location");
  return {R.absolute(R.string(L, "file")), R.number(L, "offset"),
          R.number(L, "line"), R.number(L, "column")};
}

static void readJson(Reader &R, const json::Object *Root, ParsedReport &Out) {
  for (const json::Value &V : R.array(Root, "findings")) {
    const json::Object *O = V.getAsObject();
    Finding F;
    F.Check = R.string(O, "check");
    F.Message = R.string(O, "message");
    F.Loc = jsonLocation(R, O);
    F.End = endOf(R.object(O, "location"), "endLine", "endColumn", F.Loc);
    F.Function = R.string(O, "function");
    F.IsError = O && O->getString("severity") == "error";
    F.Fingerprint = R.string(O, "fingerprint");
    F.Fix = jsonFix(R, O);
    for (const json::Value &NV : R.array(O, "notes")) {
      const json::Object *N = NV.getAsObject();
      F.Notes.push_back({R.string(N, "message"), jsonLocation(R, N),
                         jsonFix(R, N)});
    }
    Out.Findings.push_back(std::move(F));
  }
  const json::Object *S = R.object(Root, "summary");
  Out.S.FilesAnalysed = R.number(S, "filesAnalysed");
  for (const json::Value &V : R.array(S, "filesFailed")) {
    const json::Object *U = V.getAsObject();
    Out.S.Failed.push_back(
        {R.absolute(R.string(U, "file")), R.string(U, "error")});
  }
}

static Location sarifLocation(Reader &R, const json::Object *O) {
  const json::Object *P = R.object(O, "physicalLocation");
  const json::Object *Region = R.object(P, "region");
  return {R.artifact(P), R.number(Region, "byteOffset"),
          R.number(Region, "startLine"), R.number(Region, "startColumn")};
}

static std::vector<Replacement> sarifFix(Reader &R, const json::Object *Fix) {
  std::vector<Replacement> Result;
  for (const json::Value &CV : R.array(Fix, "artifactChanges")) {
    const json::Object *Change = CV.getAsObject();
    std::string File = R.artifact(Change);
    for (const json::Value &RV : R.array(Change, "replacements")) {
      const json::Object *Rep = RV.getAsObject();
      const json::Object *Deleted = R.object(Rep, "deletedRegion");
      Result.emplace_back(File, R.number(Deleted, "byteOffset"),
                          R.number(Deleted, "byteLength"),
                          R.string(R.object(Rep, "insertedContent"), "text"));
    }
  }
  return Result;
}

// The writer emits the finding's own fix first, described "apply the
// fix-it", then one fix per note that has one, described by its message.
static void readSarifResult(Reader &R, const json::Object *O,
                            ParsedReport &Out) {
  Finding F;
  F.Check = R.string(O, "ruleId");
  F.Message = R.string(R.object(O, "message"), "text");
  F.IsError = O && O->getString("level") == "error";
  const json::Array &Locations = R.array(O, "locations");
  if (Locations.empty())
    R.fail("a result without locations");
  else
  {
    F.Loc = sarifLocation(R, Locations.front().getAsObject());
    const json::Object *Physical = Locations.front().getAsObject()
                                       ? Locations.front().getAsObject()
                                             ->getObject("physicalLocation")
                                       : nullptr;
    F.End = endOf(Physical ? Physical->getObject("region") : nullptr,
                  "endLine", "endColumn", F.Loc);
  }
  F.Fingerprint = R.string(R.object(O, "partialFingerprints"),
                           "asyncLintIdentity/v1");
  if (const json::Array *Related = O ? O->getArray("relatedLocations") : nullptr)
    for (const json::Value &V : *Related) {
      const json::Object *N = V.getAsObject();
      F.Notes.push_back({R.string(R.object(N, "message"), "text"),
                         sarifLocation(R, N),
                         {}});
    }
  const json::Array *Fixes = O ? O->getArray("fixes") : nullptr;
  size_t Next = 0;
  auto Description = [&](size_t I) {
    return R.string(R.object((*Fixes)[I].getAsObject(), "description"),
                    "text");
  };
  if (Fixes && !Fixes->empty() && Description(0) == "apply the fix-it")
    F.Fix = sarifFix(R, (*Fixes)[Next++].getAsObject());
  for (Note &N : F.Notes)
    if (Fixes && Next < Fixes->size() && Description(Next) == N.Message)
      N.Fix = sarifFix(R, (*Fixes)[Next++].getAsObject());
  if (Fixes && Next != Fixes->size())
    R.fail("a fix that belongs to no note");
  Out.Findings.push_back(std::move(F));
}

static void readSarif(Reader &R, const json::Object *Root, ParsedReport &Out) {
  for (const json::Value &RunV : R.array(Root, "runs")) {
    const json::Object *Run = RunV.getAsObject();
    std::string Base = R.string(
        R.object(R.object(Run, "originalUriBaseIds"), "SRCROOT"), "uri");
    StringRef BaseRef(Base);
    if (!BaseRef.consume_front("file://"))
      R.fail("SRCROOT is not a file:// URI");
    R.Root = Out.Root = BaseRef.rtrim('/').str();
    const json::Object *Driver = R.object(R.object(Run, "tool"), "driver");
    if (std::optional<StringRef> Info =
            Driver ? Driver->getString("informationUri") : std::nullopt)
      Out.DocsUrl = Info->str();
    for (const json::Value &V : R.array(Run, "results"))
      readSarifResult(R, V.getAsObject(), Out);
  }
}

Expected<ParsedReport> readReport(StringRef Path) {
  auto Invalid = [&](const Twine &Why) {
    return createStringError(inconvertibleErrorCode(),
                             "invalid report '" + Path + "': " + Why);
  };
  auto Text = MemoryBuffer::getFile(Path);
  if (!Text)
    return createStringError(Text.getError(), "cannot read report '" + Path +
                                                  "': " +
                                                  Text.getError().message());
  Expected<json::Value> Parsed = json::parse((*Text)->getBuffer());
  if (!Parsed)
    return Invalid(toString(Parsed.takeError()));
  const json::Object *Root = Parsed->getAsObject();
  if (!Root)
    return Invalid("not a JSON object");
  ParsedReport Out;
  Reader R;
  if (Root->get("runs")) {
    Out.Kind = Format::Sarif;
    readSarif(R, Root, Out);
  } else {
    Out.Kind = Format::Json;
    R.Root = Out.Root = R.string(Root, "root");
    if (R.Problem.empty())
      readJson(R, Root, Out);
  }
  if (!R.Problem.empty())
    return Invalid(R.Problem);
  return std::move(Out);
}

} // namespace async_lint
