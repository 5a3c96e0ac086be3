//===--- Report.cpp - async-lint ------------------------------------------===//

#include "Report.h"
#include "Version.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Unicode.h"
#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

using namespace llvm;

namespace async_lint {

static std::map<std::string, size_t>
countPerCheck(const std::vector<Finding> &Findings) {
  std::map<std::string, size_t> Counts;
  for (const Finding &F : Findings)
    ++Counts[F.Check];
  return Counts;
}

/// "error" when .clang-tidy's WarningsAsErrors matches the check, as in
/// clang-tidy; the word used by text, json, sarif and github alike.
static StringRef severity(const Finding &F) {
  return F.IsError ? "error" : "warning";
}

//===--- text: as clang prints its diagnostics ----------------------------===//

/// Clang's colors for the level (TextDiagnostic.cpp), shown in bold.
static raw_ostream::Colors levelColor(StringRef Level) {
  if (Level == "error")
    return raw_ostream::RED;
  if (Level == "note")
    return raw_ostream::CYAN;
  return raw_ostream::MAGENTA;
}

/// What --fix would change for \p F, said as clangd says it.
static StringRef fixMarker(const Finding &F) {
  if (!F.Fix.empty())
    return " (fix available)";
  if (any_of(F.Notes, [](const Note &N) { return !N.Fix.empty(); }))
    return " (fix available with --fix-notes)";
  return "";
}

/// Clang's tab stops, for the source line and the caret under it.
static constexpr unsigned TabStop = 8;

/// Columns a terminal gives \p Text (no tabs); bytes if it is not UTF-8.
static unsigned textWidth(StringRef Text) {
  int Width = sys::unicode::columnWidthUTF8(Text);
  return Width < 0 ? Text.size() : Width;
}

/// \p Line with its tabs expanded to spaces, as clang shows it.
static std::string expandTabs(StringRef Line) {
  std::string Result;
  unsigned Width = 0;
  while (true) {
    size_t Tab = Line.find('\t');
    StringRef Run = Line.take_front(Tab);
    Result += Run;
    Width += textWidth(Run);
    if (Tab == StringRef::npos)
      return Result;
    unsigned Spaces = TabStop - Width % TabStop;
    Result.append(Spaces, ' ');
    Width += Spaces;
    Line = Line.drop_front(Tab + 1);
  }
}

/// Clang's gutter: line numbers right-aligned in at least 4 columns, room
/// for the 16 more lines a snippet may show.
static unsigned gutterWidth(unsigned Line) {
  return std::max<unsigned>(4, std::to_string(Line + 16).size());
}

/// "    8 |   sleep(100ms);" and "      |   ^" under it; nothing for a
/// line that cannot be read.
static void writeSnippet(raw_ostream &OS, const Location &Loc, Sources &Src) {
  StringRef Line = Src.lineOf(Loc);
  if (Line.empty() || !Loc.Line)
    return;
  unsigned Width = gutterWidth(Loc.Line);
  std::string Number = std::to_string(Loc.Line);
  OS.indent(Width - Number.size() + 1)
      << Number << " | " << expandTabs(Line) << "\n";
  OS.indent(Width + 2) << "| ";
  unsigned CaretColumn =
      textWidth(expandTabs(Line.take_front(Loc.Column ? Loc.Column - 1 : 0)));
  // Clang resets the color after the line break.
  OS.changeColor(raw_ostream::GREEN, /*Bold=*/true);
  OS.indent(CaretColumn) << "^\n";
  OS.resetColor();
}

/// "file:line:col: level: message" with clang's colors (a no-op when the
/// stream's colors are off), then the source line.
static void writeTextDiag(raw_ostream &OS, StringRef Level, const Location &Loc,
                          StringRef Message, const ReportContext &Ctx,
                          Sources &Src) {
  OS.changeColor(raw_ostream::SAVEDCOLOR, /*Bold=*/true);
  OS << relativeTo(Loc.File, Ctx.Root) << ":" << Loc.Line << ":" << Loc.Column
     << ": ";
  OS.resetColor();
  OS.changeColor(levelColor(Level), /*Bold=*/true);
  OS << Level << ": ";
  OS.resetColor();
  // As clang: a warning's or an error's message in bold, a note's not.
  if (Level != "note")
    OS.changeColor(raw_ostream::SAVEDCOLOR, /*Bold=*/true);
  OS << Message;
  OS.resetColor();
  OS << "\n";
  writeSnippet(OS, Loc, Src);
}

static void writeText(raw_ostream &OS, const std::vector<Finding> &Findings,
                      const ReportContext &Ctx, Sources &Src) {
  bool WasEnabled = OS.colors_enabled();
  OS.enable_colors(Ctx.Color);
  for (const Finding &F : Findings) {
    std::string Message =
        (F.Message + " [" + F.Check + "]" + fixMarker(F)).str();
    writeTextDiag(OS, severity(F), F.Loc, Message, Ctx, Src);
    for (const Note &N : F.Notes)
      writeTextDiag(OS, "note", N.Loc, N.Message, Ctx, Src);
  }
  OS.enable_colors(WasEnabled);
}

//===--- json -------------------------------------------------------------===//

static json::Array replacementsJson(ArrayRef<clang::tooling::Replacement> Fix,
                                    const ReportContext &Ctx) {
  json::Array Result;
  for (const auto &R : Fix)
    Result.push_back(json::Object{
        {"file", relativeTo(R.getFilePath(), Ctx.Root)},
        {"offset", R.getOffset()},
        {"length", R.getLength()},
        {"replacement", R.getReplacementText()}});
  return Result;
}

static json::Object locationJson(const Location &Loc,
                                 const ReportContext &Ctx) {
  return json::Object{{"file", relativeTo(Loc.File, Ctx.Root)},
                      {"line", Loc.Line},
                      {"column", Loc.Column},
                      {"offset", Loc.Offset}};
}

/// The finding's location, with the end of its range when known.
static json::Object findingLocationJson(const Finding &F,
                                        const ReportContext &Ctx) {
  json::Object Loc = locationJson(F.Loc, Ctx);
  if (F.End.Line) {
    Loc["endLine"] = F.End.Line;
    Loc["endColumn"] = F.End.Column;
  }
  return Loc;
}

static void writeJson(raw_ostream &OS, const std::vector<Finding> &Findings,
                      const Summary &S, const ReportContext &Ctx) {
  json::Array Items;
  for (const Finding &F : Findings) {
    json::Array Notes;
    for (const Note &N : F.Notes)
      Notes.push_back(json::Object{{"message", N.Message},
                                   {"location", locationJson(N.Loc, Ctx)},
                                   {"fix", replacementsJson(N.Fix, Ctx)}});
    Items.push_back(json::Object{
        {"check", F.Check},
        {"severity", severity(F)},
        {"message", F.Message},
        {"location", findingLocationJson(F, Ctx)},
        {"function", F.Function},
        {"fingerprint", F.Fingerprint},
        {"notes", std::move(Notes)},
        {"fix", replacementsJson(F.Fix, Ctx)}});
  }
  json::Object PerCheck;
  for (const auto &[Check, Count] : countPerCheck(Findings))
    PerCheck[Check] = Count;
  json::Array Failed;
  for (const FailedUnit &U : S.Failed)
    Failed.push_back(json::Object{{"file", relativeTo(U.File, Ctx.Root)},
                                  {"error", U.Error}});
  json::Object Summary{{"findings", Findings.size()},
                       {"findingsPerCheck", std::move(PerCheck)},
                       {"filesAnalysed", S.FilesAnalysed},
                       {"filesFailed", std::move(Failed)}};
  if (S.UsedBaseline) {
    Summary["baselineSuppressed"] = S.Baselined;
    if (!S.Sharded) {
      Summary["baselineFixed"] = S.BaselineFixed;
      Summary["baselineNotAnalysed"] = S.BaselineNotAnalysed;
    }
  }
  json::Value Root = json::Object{{"version", 1},
                                  {"tool", json::Object{{"name", "async-lint"},
                                                        {"version", Version}}},
                                  {"root", Ctx.Root},
                                  {"findings", std::move(Items)},
                                  {"summary", std::move(Summary)}};
  OS << formatv("{0:2}", Root) << "\n";
}

//===--- sarif 2.1.0 ------------------------------------------------------===//

/// \p End: where the region ends (exclusive column), when known.
static json::Object physicalLocation(const Location &Loc,
                                     const ReportContext &Ctx,
                                     const Location *End = nullptr) {
  std::string Rel = relativeTo(Loc.File, Ctx.Root);
  json::Object Artifact{{"uri", Rel}};
  if (Rel != Loc.File)
    Artifact["uriBaseId"] = "SRCROOT";
  else
    Artifact["uri"] = "file://" + Loc.File;
  json::Object Region{{"startLine", Loc.Line},
                     {"startColumn", Loc.Column},
                     {"byteOffset", Loc.Offset}};
  if (End && End->Line) {
    Region["endLine"] = End->Line;
    Region["endColumn"] = End->Column;
  }
  return json::Object{{"artifactLocation", std::move(Artifact)},
                      {"region", std::move(Region)}};
}

static json::Object sarifFix(ArrayRef<clang::tooling::Replacement> Fix,
                             StringRef Description, const ReportContext &Ctx) {
  // One artifactChange per file, in order of first appearance.
  std::vector<std::string> Order;
  std::map<std::string, json::Array> PerFile;
  for (const auto &R : Fix) {
    std::string File = R.getFilePath().str();
    if (!PerFile.count(File))
      Order.push_back(File);
    PerFile[File].push_back(json::Object{
        {"deletedRegion", json::Object{{"byteOffset", R.getOffset()},
                                       {"byteLength", R.getLength()}}},
        {"insertedContent", json::Object{{"text", R.getReplacementText()}}}});
  }
  json::Array Changes;
  for (const std::string &File : Order) {
    std::string Rel = relativeTo(File, Ctx.Root);
    json::Object Artifact{{"uri", Rel == File ? "file://" + File : Rel}};
    if (Rel != File)
      Artifact["uriBaseId"] = "SRCROOT";
    Changes.push_back(json::Object{{"artifactLocation", std::move(Artifact)},
                                   {"replacements", std::move(PerFile[File])}});
  }
  return json::Object{{"description", json::Object{{"text", Description}}},
                      {"artifactChanges", std::move(Changes)}};
}

namespace {
struct CheckPage {
  StringRef Check, FirstParagraph, Markdown;
};
} // namespace

/// Each check's page, and its first paragraph (generated from docs/checks).
static CheckPage checkPage(StringRef Check) {
  static const CheckPage Pages[] = {
#include "CheckDescriptions.inc"
  };
  for (const CheckPage &Page : Pages)
    if (Page.Check == Check)
      return Page;
  return {Check, "", ""};
}

/// SARIF wants a friendly rule name distinct from the id, in Pascal case:
/// async-busy-wait is AsyncBusyWait.
static std::string pascalCase(StringRef Check) {
  std::string Result;
  bool Upper = true;
  for (char C : Check) {
    if (!isAlnum(C)) {
      Upper = true;
      continue;
    }
    Result += Upper ? toUpper(C) : C;
    Upper = false;
  }
  return Result;
}

static json::Object sarifRule(StringRef Check, const ReportContext &Ctx) {
  CheckPage Page = checkPage(Check);
  std::string Full = Page.FirstParagraph.str();
  if (Full.empty())
    Full = ("The " + Check + " check of async-lint.").str();
  // The first sentence: up to a period that ends a word.
  size_t End = Full.find(". ");
  std::string Short = End == std::string::npos ? Full : Full.substr(0, End + 1);
  json::Object Rule{{"id", Check},
                    {"name", pascalCase(Check)},
                    {"shortDescription", json::Object{{"text", Short}}},
                    {"fullDescription", json::Object{{"text", Full}}},
                    {"defaultConfiguration",
                     json::Object{{"level", "warning"}}}};
  // Published pages only: a file:// path on the build machine is no use to
  // the reader of the report (Options refuses it).
  if (!Ctx.DocsUrl.empty())
    Rule["helpUri"] = Ctx.DocsUrl + Check.str() + ".md";
  // The page is markdown, and reads well as plain text too.
  StringRef HelpText = Page.Markdown.empty() ? StringRef(Full) : Page.Markdown;
  Rule["help"] = json::Object{{"text", HelpText}, {"markdown", HelpText}};
  return Rule;
}

/// Whether \p N is a step of the call chain through which a call blocks, as
/// async-blocking-call-in-coroutine words them ("'run' calls it here",
/// "'fetch' calls 'load' here", "'load' blocks in 'sleep_for' here"). Its
/// other notes are not steps: "'f' is marked blocking here" points at a
/// declaration, the hints ("use X instead", "await it instead: ...") at a fix.
static bool isCallChainStep(const Finding &F, const Note &N) {
  StringRef Message = N.Message;
  if (F.Check != "async-blocking-call-in-coroutine" ||
      !Message.consume_back(" here"))
    return false;
  // A step names a quoted function or "the lambda" first.
  if (!Message.starts_with("'") && !Message.starts_with("the lambda"))
    return false;
  return Message.contains(" calls ") || Message.contains(" blocks in '");
}

static json::Object threadFlowLocation(const Location &Loc, StringRef Message,
                                       const ReportContext &Ctx) {
  return json::Object{
      {"location",
       json::Object{{"message", json::Object{{"text", Message}}},
                    {"physicalLocation", physicalLocation(Loc, Ctx)}}}};
}

/// The finding, then each step of its call chain in order: one code flow
/// that a SARIF viewer steps through. None when it has no chain.
static std::optional<json::Array> callChainFlows(const Finding &F,
                                                 const ReportContext &Ctx) {
  json::Array Steps;
  for (const Note &N : F.Notes)
    if (isCallChainStep(F, N))
      Steps.push_back(threadFlowLocation(N.Loc, N.Message, Ctx));
  if (Steps.empty())
    return std::nullopt;
  json::Array Locations{threadFlowLocation(F.Loc, F.Message, Ctx)};
  for (json::Value &Step : Steps)
    Locations.push_back(std::move(Step));
  return json::Array{json::Object{
      {"threadFlows",
       json::Array{json::Object{{"locations", std::move(Locations)}}}}}};
}

static void writeSarif(raw_ostream &OS, const std::vector<Finding> &Findings,
                       const ReportContext &Ctx) {
  std::map<std::string, size_t> RuleIndex;
  for (const auto &Entry : countPerCheck(Findings))
    RuleIndex.emplace(Entry.first, RuleIndex.size());
  json::Array Rules;
  for (const auto &Entry : RuleIndex)
    Rules.push_back(sarifRule(Entry.first, Ctx));
  json::Array Results;
  for (const Finding &F : Findings) {
    json::Object Result{
        {"ruleId", F.Check},
        {"ruleIndex", RuleIndex[F.Check]},
        {"level", severity(F)},
        {"message", json::Object{{"text", F.Message}}},
        {"locations",
         json::Array{json::Object{
             {"physicalLocation", physicalLocation(F.Loc, Ctx, &F.End)}}}},
        {"partialFingerprints",
         json::Object{{"asyncLintIdentity/v1", F.Fingerprint}}}};
    json::Array Related;
    json::Array Fixes;
    if (!F.Fix.empty())
      Fixes.push_back(sarifFix(F.Fix, "apply the fix-it", Ctx));
    for (size_t I = 0; I < F.Notes.size(); ++I) {
      const Note &N = F.Notes[I];
      Related.push_back(
          json::Object{{"id", I},
                       {"message", json::Object{{"text", N.Message}}},
                       {"physicalLocation", physicalLocation(N.Loc, Ctx)}});
      if (!N.Fix.empty())
        Fixes.push_back(sarifFix(N.Fix, N.Message, Ctx));
    }
    if (!Related.empty())
      Result["relatedLocations"] = std::move(Related);
    if (std::optional<json::Array> Flows = callChainFlows(F, Ctx))
      Result["codeFlows"] = std::move(*Flows);
    if (!Fixes.empty())
      Result["fixes"] = std::move(Fixes);
    Results.push_back(std::move(Result));
  }
  json::Object Driver{{"name", "async-lint"},
                      {"version", Version},
                      {"rules", std::move(Rules)}};
  if (!Ctx.DocsUrl.empty())
    Driver["informationUri"] = Ctx.DocsUrl;
  json::Value Log = json::Object{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs",
       json::Array{json::Object{
           {"tool", json::Object{{"driver", std::move(Driver)}}},
           {"originalUriBaseIds",
            json::Object{{"SRCROOT",
                          json::Object{{"uri", "file://" + Ctx.Root + "/"}}}}},
           {"results", std::move(Results)}}}}};
  OS << formatv("{0:2}", Log) << "\n";
}

//===--- github workflow annotations -------------------------------------===//

static std::string escapeData(StringRef S) {
  std::string Out;
  for (char C : S) {
    if (C == '%')
      Out += "%25";
    else if (C == '\r')
      Out += "%0D";
    else if (C == '\n')
      Out += "%0A";
    else
      Out += C;
  }
  return Out;
}

static std::string escapeProperty(StringRef S) {
  std::string Out;
  for (char C : escapeData(S)) {
    if (C == ':')
      Out += "%3A";
    else if (C == ',')
      Out += "%2C";
    else
      Out += C;
  }
  return Out;
}

static void writeGithub(raw_ostream &OS, const std::vector<Finding> &Findings,
                        const ReportContext &Ctx) {
  for (const Finding &F : Findings) {
    std::string Message = F.Message;
    for (const Note &N : F.Notes)
      Message += "\n" + relativeTo(N.Loc.File, Ctx.Root) + ":" +
                 std::to_string(N.Loc.Line) + ":" +
                 std::to_string(N.Loc.Column) + ": note: " + N.Message;
    OS << "::" << severity(F) << " file=" << escapeProperty(relativeTo(F.Loc.File, Ctx.Root))
       << ",line=" << F.Loc.Line << ",col=" << F.Loc.Column
       << ",title=" << escapeProperty(F.Check) << "::" << escapeData(Message)
       << "\n";
  }
}

void sortAndDeduplicate(std::vector<Finding> &Findings) {
  auto Key = [](const Finding &F) {
    return std::tie(F.Loc.File, F.Loc.Offset, F.Check, F.Message);
  };
  std::sort(Findings.begin(), Findings.end(),
            [&](const Finding &A, const Finding &B) {
              return Key(A) < Key(B);
            });
  Findings.erase(std::unique(Findings.begin(), Findings.end(),
                             [&](const Finding &A, const Finding &B) {
                               return Key(A) == Key(B);
                             }),
                 Findings.end());
}

void writeReport(Format F, raw_ostream &OS,
                 const std::vector<Finding> &Findings, const Summary &S,
                 const ReportContext &Ctx, Sources &Src) {
  switch (F) {
  case Format::Text:
    return writeText(OS, Findings, Ctx, Src);
  case Format::Json:
    return writeJson(OS, Findings, S, Ctx);
  case Format::Sarif:
    return writeSarif(OS, Findings, Ctx);
  case Format::Github:
    return writeGithub(OS, Findings, Ctx);
  }
}

void printSummary(raw_ostream &OS, const std::vector<Finding> &Findings,
                  const Summary &S, StringRef Root) {
  OS << "async-lint: " << Findings.size()
     << (Findings.size() == 1 ? " finding" : " findings") << " in "
     << S.FilesAnalysed << (S.FilesAnalysed == 1 ? " file" : " files")
     << " analysed";
  if (!S.Failed.empty())
    OS << ", " << S.Failed.size() << " failed to parse";
  OS << "\n";
  for (const auto &[Check, Count] : countPerCheck(Findings))
    OS << "  " << Check << ": " << Count << "\n";
  if (size_t Errors = count_if(Findings, [](const Finding &F) {
        return F.IsError;
      }))
    OS << "  " << Errors
       << (Errors == 1 ? " finding is an error" : " findings are errors")
       << " (WarningsAsErrors)\n";
  for (const FailedUnit &U : S.Failed)
    OS << "  failed to parse " << relativeTo(U.File, Root) << ": " << U.Error
       << "\n";
  if (S.UsedBaseline && S.Sharded)
    OS << "  baseline: " << S.Baselined
       << " known findings hidden (fixed entries are not counted with "
          "--shard)\n";
  else if (S.UsedBaseline)
  {
    OS << "  baseline: " << S.Baselined << " known findings hidden, "
       << S.BaselineFixed << " entries fixed (no longer found)";
    if (S.BaselineNotAnalysed)
      OS << ", " << S.BaselineNotAnalysed
         << " of files not analysed in this run";
    OS << "\n";
  }
  if (S.UsedCache)
    OS << "  cache: " << S.CacheHits << " of " << S.FilesAnalysed
       << (S.FilesAnalysed == 1 ? " unit" : " units")
       << " reused, " << S.FilesAnalysed - S.CacheHits << " analysed\n";
  if (S.FixesApplied || !S.FixesNotApplied.empty())
    OS << "  fixes: " << S.FixesApplied
       << (S.FixDryRun ? " would be applied (--dry-run), " : " applied, ")
       << S.FixesNotApplied.size() << " not applied\n";
  for (const std::string &Why : S.FixesNotApplied)
    OS << "  fix not applied: " << Why << "\n";
}

} // namespace async_lint
