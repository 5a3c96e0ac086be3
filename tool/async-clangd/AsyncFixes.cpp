//===--- AsyncFixes.cpp - async-clangd ------------------------------------===//
//
// Which quick fixes come from async-* fix-its, and what to call them. clangd
// keeps no trace of where a fix came from: it titles a warning's fix with the
// warning's text (or, for a single edit, "change 'a' to 'b'"), merges a
// note's fix-its into the warning's list of fixes titled with the note's text
// (clangd/Diagnostics.cpp), and sends the code action with no link to
// either. So we watch the diagnostics before clangd stores them: clangd's
// consumer (StoreDiags) first calls DiagnosticConsumer::HandleDiagnostic(),
// which the linker routes here (--wrap, see CMakeLists.txt), and for each
// async-* warning or note with fix-its we remember the title clangd will
// give the fix, with our short title and whether a note gave it.
//
// A code action names the diagnostic it fixes; the key is the fix's title,
// that diagnostic's text and a line it covers: the title alone is the same
// for every `insert 'co_await '`, and a text names no argument, so two
// fixes of one coroutine differ only by their line. clang-tidy appends
// " [check-name]" to every message of a check, which tells our diagnostics
// from clang's and other checks'; clangd strips it.
//
//===----------------------------------------------------------------------===//

#include "AsyncFixes.h"
#include "FixTitles.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

#include <deque>
#include <mutex>
#include <optional>
#include <string>

namespace {
using clang::Diagnostic;
using clang::DiagnosticConsumer;
using clang::DiagnosticsEngine;
using async_clangd::clangdEditTitle;
using async_clangd::shortFixTitle;

struct AsyncFix {
  std::string Title; // ours
  bool FromNote;
};

// The async-* fixes seen so far, by key (fixKey). clangd parses files on
// several threads. Keys embed source (lines, names), so editing keeps making
// new ones: forget the oldest beyond a bound.
class AsyncFixTable {
public:
  void add(std::string Key, AsyncFix Fix) {
    std::lock_guard<std::mutex> Lock(Mutex);
    auto [It, New] = Fixes.insert_or_assign(Key, std::move(Fix));
    if (!New)
      return;
    Order.push_back(std::move(Key));
    if (Order.size() > Limit) {
      Fixes.erase(Order.front());
      Order.pop_front();
    }
  }
  std::optional<AsyncFix> find(llvm::StringRef Key) const {
    std::lock_guard<std::mutex> Lock(Mutex);
    auto It = Fixes.find(Key);
    if (It == Fixes.end())
      return std::nullopt;
    return It->second;
  }

private:
  static constexpr size_t Limit = 4096;
  mutable std::mutex Mutex;
  llvm::StringMap<AsyncFix> Fixes;
  std::deque<std::string> Order;
};

AsyncFixTable &asyncFixes() {
  static AsyncFixTable Table;
  return Table;
}

// \p Line (0-based), the text of the diagnostic the fix belongs to as clangd
// sends it (first letter capitalized) and the fix's title as clangd gives it.
std::string fixKey(unsigned Line, llvm::StringRef DiagnosticText,
                   llvm::StringRef ClangdTitle) {
  std::string Key = std::to_string(Line);
  Key += '\0';
  size_t TextStart = Key.size();
  Key += DiagnosticText;
  if (!DiagnosticText.empty())
    Key[TextStart] = llvm::toUpper(Key[TextStart]);
  Key += '\0';
  Key += ClangdTitle;
  return Key;
}

// A message of an async-* check split into its text and the check's name.
std::optional<std::pair<llvm::StringRef, llvm::StringRef>>
splitAsyncMessage(llvm::StringRef Message) {
  auto [Text, Check] = Message.rsplit(" [");
  if (!Check.consume_back("]") || !Check.starts_with("async-"))
    return std::nullopt;
  return std::make_pair(Text, Check);
}

// The diagnostic clang reported last on this thread, which the notes that
// follow belong to.
struct Reported {
  bool Async = false;
  std::string Text;
  unsigned Line = 0; // 0-based, where clangd puts the diagnostic
};

Reported &lastReported() {
  thread_local Reported Last;
  return Last;
}

// The line clangd reports \p Info on: its location's, outside macros.
unsigned lineOf(const Diagnostic &Info) {
  const clang::SourceManager &SM = Info.getSourceManager();
  return SM.getSpellingLineNumber(SM.getFileLoc(Info.getLocation())) - 1;
}

void rememberWarning(const Diagnostic &Info) {
  Reported &Last = lastReported();
  Last.Async = false;
  if (!Info.hasSourceManager() || Info.getLocation().isInvalid())
    return;
  llvm::SmallString<128> Message;
  Info.FormatDiagnostic(Message);
  auto Split = splitAsyncMessage(Message);
  if (!Split)
    return;
  auto [Text, Check] = *Split;
  Last = {true, Text.str(), lineOf(Info)};
  if (Info.getNumFixItHints() == 0)
    return;
  AsyncFix Fix{shortFixTitle(Info, Check), /*FromNote=*/false};
  if (std::optional<std::string> EditTitle = clangdEditTitle(Info))
    asyncFixes().add(fixKey(Last.Line, Text, *EditTitle), Fix);
  asyncFixes().add(fixKey(Last.Line, Text, Text), std::move(Fix));
}

void rememberNote(const Diagnostic &Info) {
  const Reported &Last = lastReported();
  if (!Last.Async || Info.getNumFixItHints() == 0)
    return;
  llvm::SmallString<128> Message;
  Info.FormatDiagnostic(Message);
  if (auto Split = splitAsyncMessage(Message))
    asyncFixes().add(fixKey(Last.Line, Last.Text, Split->first),
                     {shortFixTitle(Info, Split->second), /*FromNote=*/true});
}

// What clangd sends of a diagnostic, as our fixes know it.
struct SentDiagnostic {
  std::string Text; // the message's first line without " (fix available)"
  int64_t FirstLine, LastLine;
};

std::optional<int64_t> lineAt(const llvm::json::Object &Range,
                              llvm::StringRef End) {
  if (const llvm::json::Object *Position = Range.getObject(End))
    return Position->getInteger("line");
  return std::nullopt;
}

std::optional<SentDiagnostic> sentAsyncDiagnostic(const llvm::json::Object &D) {
  std::optional<llvm::StringRef> Code = D.getString("code");
  std::optional<llvm::StringRef> Message = D.getString("message");
  const llvm::json::Object *Range = D.getObject("range");
  if (!Code || !Code->starts_with("async-") || !Message || !Range)
    return std::nullopt;
  std::optional<int64_t> First = lineAt(*Range, "start");
  std::optional<int64_t> Last = lineAt(*Range, "end");
  if (!First || !Last || *First > *Last)
    return std::nullopt;
  // clangd appends the number of fixes, and the notes for editors that do
  // not take related information (clangd/Diagnostics.cpp, mainMessage()).
  llvm::StringRef Text = Message->split('\n').first;
  if (!Text.consume_back(" (fix available)"))
    Text.consume_back(" (fixes available)");
  return SentDiagnostic{Text.str(), *First, *Last};
}

std::optional<AsyncFix> findFix(const SentDiagnostic &D,
                                llvm::StringRef Title) {
  // A diagnostic spans a statement or so; its line is among these.
  constexpr int64_t MaxLines = 256;
  for (int64_t Line = D.FirstLine;
       Line <= D.LastLine && Line - D.FirstLine < MaxLines; ++Line)
    if (auto Fix = asyncFixes().find(fixKey(Line, D.Text, Title)))
      return Fix;
  return std::nullopt;
}

// Gives \p Action, a quick fix for \p D, its short title if it is an
// async-* fix, and takes the preferred mark off a note's.
void correctAsyncFix(llvm::json::Object &Action, const SentDiagnostic &D) {
  if (Action.getString("kind") != "quickfix")
    return;
  std::optional<llvm::StringRef> Title = Action.getString("title");
  std::optional<AsyncFix> Fix = Title ? findFix(D, *Title) : std::nullopt;
  if (!Fix)
    return;
  Action["title"] = std::move(Fix->Title);
  if (Fix->FromNote)
    Action.erase("isPreferred");
}
} // namespace

// clang::DiagnosticConsumer::HandleDiagnostic(Level, const Diagnostic &)
void realHandleDiagnostic(DiagnosticConsumer *Self,
                          DiagnosticsEngine::Level Level,
                          const Diagnostic &Info) asm(
    "__real__ZN5clang18DiagnosticConsumer16HandleDiagnosticENS_"
    "17DiagnosticsEngine5LevelERKNS_10DiagnosticE");
void wrapHandleDiagnostic(DiagnosticConsumer *Self,
                          DiagnosticsEngine::Level Level,
                          const Diagnostic &Info) asm(
    "__wrap__ZN5clang18DiagnosticConsumer16HandleDiagnosticENS_"
    "17DiagnosticsEngine5LevelERKNS_10DiagnosticE");

void wrapHandleDiagnostic(DiagnosticConsumer *Self,
                          DiagnosticsEngine::Level Level,
                          const Diagnostic &Info) {
  realHandleDiagnostic(Self, Level, Info);
  // clangd too attaches remarks to the diagnostic before them.
  if (Level == DiagnosticsEngine::Note || Level == DiagnosticsEngine::Remark)
    rememberNote(Info);
  else
    rememberWarning(Info);
}

namespace async_clangd {

void correctAsyncFixes(llvm::json::Array &Actions,
                       const llvm::json::Object &Diagnostic) {
  std::optional<SentDiagnostic> D = sentAsyncDiagnostic(Diagnostic);
  if (!D)
    return;
  for (llvm::json::Value &Value : Actions)
    if (llvm::json::Object *Action = Value.getAsObject())
      correctAsyncFix(*Action, *D);
}

void correctAsyncFixes(llvm::json::Array &Actions) {
  for (llvm::json::Value &Value : Actions) {
    llvm::json::Object *Action = Value.getAsObject();
    const llvm::json::Array *Fixed =
        Action ? Action->getArray("diagnostics") : nullptr;
    const llvm::json::Object *Diagnostic =
        Fixed && !Fixed->empty() ? Fixed->front().getAsObject() : nullptr;
    if (!Diagnostic)
      continue;
    // Read before the action changes under it.
    if (std::optional<SentDiagnostic> D = sentAsyncDiagnostic(*Diagnostic))
      correctAsyncFix(*Action, *D);
  }
}

} // namespace async_clangd
