//===--- CachedResult.cpp - async-lint ------------------------------------===//

#include "CachedResult.h"
#include "llvm/ADT/StringExtras.h"

using namespace llvm;
using clang::tooling::Replacement;

namespace async_lint {

static json::Array fixToJson(const std::vector<Replacement> &Fix) {
  json::Array Result;
  for (const Replacement &R : Fix)
    Result.push_back(json::Object{{"file", R.getFilePath()},
                                  {"offset", R.getOffset()},
                                  {"length", R.getLength()},
                                  {"text", R.getReplacementText()}});
  return Result;
}

static json::Object locationToJson(const Location &Loc) {
  return json::Object{{"file", Loc.File}, {"offset", Loc.Offset}};
}

json::Value resultToJson(const UnitResult &Result) {
  json::Array Findings;
  for (const Finding &F : Result.Findings) {
    json::Array Notes;
    for (const Note &N : F.Notes)
      Notes.push_back(json::Object{{"message", N.Message},
                                   {"location", locationToJson(N.Loc)},
                                   {"fix", fixToJson(N.Fix)}});
    Findings.push_back(json::Object{{"check", F.Check},
                                    {"message", F.Message},
                                    {"location", locationToJson(F.Loc)},
                                    {"function", F.Function},
                                    {"asError", F.IsError},
                                    {"end", F.End.Offset},
                                    {"notes", std::move(Notes)},
                                    {"fix", fixToJson(F.Fix)}});
  }
  json::Array Inputs;
  for (const InputFile &I : Result.Inputs)
    Inputs.push_back(json::Object{
        {"file", I.Path}, {"hash", utohexstr(I.Hash, /*LowerCase=*/true)}});
  // The flags dropped are warned about on every run, cached or not.
  json::Array DroppedFlags;
  for (const std::string &Flag : Result.DroppedFlags)
    DroppedFlags.push_back(Flag);
  json::Array ConfigWarnings;
  for (const std::string &Warning : Result.ConfigWarnings)
    ConfigWarnings.push_back(Warning);
  json::Object Object{{"unit", Result.File},
                      {"inputs", std::move(Inputs)},
                      {"droppedFlags", std::move(DroppedFlags)},
                      {"configWarnings", std::move(ConfigWarnings)},
                      {"findings", std::move(Findings)}};
  // Only a worker's result can have failed: the cache never stores those.
  if (Result.Failed)
    Object["error"] = json::Object{{"message", Result.FirstError},
                                   {"location",
                                    locationToJson(Result.FirstErrorLoc)}};
  return Object;
}

namespace {

/// Reads fields, remembering whether any was missing or mistyped.
class Reader {
public:
  bool Ok = true;

  std::string string(const json::Object *O, StringRef Key) {
    std::optional<StringRef> S = O ? O->getString(Key) : std::nullopt;
    Ok &= S.has_value();
    return S ? S->str() : "";
  }
  unsigned number(const json::Object *O, StringRef Key) {
    std::optional<int64_t> N = O ? O->getInteger(Key) : std::nullopt;
    bool Good = N && *N >= 0 && *N <= UINT32_MAX;
    Ok &= Good;
    return Good ? unsigned(*N) : 0;
  }
  const json::Array &array(const json::Object *O, StringRef Key) {
    static const json::Array Empty;
    const json::Array *A = O ? O->getArray(Key) : nullptr;
    Ok &= A != nullptr;
    return A ? *A : Empty;
  }
  Location location(const json::Object *O) {
    const json::Object *L = O ? O->getObject("location") : nullptr;
    Ok &= L != nullptr;
    return {string(L, "file"), number(L, "offset")};
  }
  std::vector<Replacement> fix(const json::Object *O) {
    std::vector<Replacement> Result;
    for (const json::Value &V : array(O, "fix")) {
      const json::Object *R = V.getAsObject();
      Result.emplace_back(string(R, "file"), number(R, "offset"),
                          number(R, "length"), string(R, "text"));
    }
    return Result;
  }
};

} // namespace

std::optional<UnitResult> resultFromJson(const json::Value &Value) {
  Reader Read;
  const json::Object *Root = Value.getAsObject();
  UnitResult Result;
  Result.File = Read.string(Root, "unit");
  for (const json::Value &V : Read.array(Root, "inputs")) {
    const json::Object *I = V.getAsObject();
    InputFile Input{Read.string(I, "file"), 0};
    Read.Ok &= !StringRef(Read.string(I, "hash")).getAsInteger(16, Input.Hash);
    Result.Inputs.push_back(std::move(Input));
  }
  for (const json::Value &V : Read.array(Root, "droppedFlags")) {
    std::optional<StringRef> Flag = V.getAsString();
    Read.Ok &= Flag.has_value();
    if (Flag)
      Result.DroppedFlags.insert(Flag->str());
  }
  for (const json::Value &V : Read.array(Root, "configWarnings")) {
    std::optional<StringRef> Warning = V.getAsString();
    Read.Ok &= Warning.has_value();
    if (Warning)
      Result.ConfigWarnings.insert(Warning->str());
  }
  for (const json::Value &V : Read.array(Root, "findings")) {
    const json::Object *O = V.getAsObject();
    Finding F;
    F.Check = Read.string(O, "check");
    F.Message = Read.string(O, "message");
    F.Loc = Read.location(O);
    F.Function = Read.string(O, "function");
    F.IsError = O && O->getBoolean("asError").value_or(false);
    if (std::optional<int64_t> End = O ? O->getInteger("end") : std::nullopt;
        End && *End > F.Loc.Offset)
      F.End = {F.Loc.File, unsigned(*End)};
    F.Fix = Read.fix(O);
    for (const json::Value &NV : Read.array(O, "notes")) {
      const json::Object *N = NV.getAsObject();
      F.Notes.push_back({Read.string(N, "message"), Read.location(N),
                         Read.fix(N)});
    }
    Result.Findings.push_back(std::move(F));
  }
  if (const json::Object *E = Root ? Root->getObject("error") : nullptr) {
    Result.Failed = true;
    Result.FirstError = Read.string(E, "message");
    Result.FirstErrorLoc = Read.location(E);
  }
  if (!Read.Ok)
    return std::nullopt;
  return Result;
}

} // namespace async_lint
