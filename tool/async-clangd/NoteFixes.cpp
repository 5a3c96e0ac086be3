//===--- NoteFixes.cpp - async-clangd -------------------------------------===//
//
// Which quick fixes come from async-* notes. clangd keeps no trace of it: it
// merges a note's fix-its into the warning's list of fixes, titled with the
// note's text (clangd/Diagnostics.cpp). So we watch the diagnostics before
// clangd stores them: clangd's consumer (StoreDiags) first calls
// DiagnosticConsumer::HandleDiagnostic(), which the linker routes here
// (--wrap, see CMakeLists.txt), and we remember the text of each async-* note
// with fix-its. Matching titles by that text is exact: it is clangd's own
// rule for naming a note's fix, and the " [check-name]" clang-tidy appends
// tells our notes from clang's and other checks'.
//
//===----------------------------------------------------------------------===//

#include "NoteFixes.h"

#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringSet.h"

#include <deque>
#include <mutex>
#include <optional>
#include <string>

namespace {
using clang::Diagnostic;
using clang::DiagnosticConsumer;
using clang::DiagnosticsEngine;

// The texts of async-* notes with fix-its seen so far. clangd parses files
// on several threads. Texts embed source (arguments, names), so editing
// keeps making new ones: forget the oldest beyond a bound.
class NoteFixTitles {
public:
  void add(llvm::StringRef Title) {
    std::lock_guard<std::mutex> Lock(Mutex);
    if (!Titles.insert(Title).second)
      return;
    Order.emplace_back(Title);
    if (Order.size() > Limit) {
      Titles.erase(Order.front());
      Order.pop_front();
    }
  }
  bool contains(llvm::StringRef Title) const {
    std::lock_guard<std::mutex> Lock(Mutex);
    return Titles.contains(Title);
  }

private:
  static constexpr size_t Limit = 4096;
  mutable std::mutex Mutex;
  llvm::StringSet<> Titles;
  std::deque<std::string> Order;
};

NoteFixTitles &noteFixTitles() {
  static NoteFixTitles Titles;
  return Titles;
}

// The note's text as clangd titles its fix: clang-tidy appends
// " [check-name]" to every message of a check, clangd strips it.
std::optional<llvm::StringRef> asyncNoteText(llvm::StringRef Message) {
  auto [Text, Check] = Message.rsplit(" [");
  if (!Check.consume_back("]") || !Check.starts_with("async-"))
    return std::nullopt;
  return Text;
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
  if (Level != DiagnosticsEngine::Note || Info.getNumFixItHints() == 0)
    return;
  llvm::SmallString<128> Message;
  Info.FormatDiagnostic(Message);
  if (auto Text = asyncNoteText(Message))
    noteFixTitles().add(*Text);
}

namespace async_clangd {

void unpreferNoteFixes(llvm::json::Array &Actions) {
  for (llvm::json::Value &Value : Actions) {
    llvm::json::Object *Action = Value.getAsObject();
    if (!Action || Action->getBoolean("isPreferred") != true ||
        Action->getString("kind") != "quickfix")
      continue;
    if (auto Title = Action->getString("title");
        Title && noteFixTitles().contains(*Title))
      Action->erase("isPreferred");
  }
}

} // namespace async_clangd
