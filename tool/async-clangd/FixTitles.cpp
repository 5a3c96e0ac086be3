//===--- FixTitles.cpp - async-clangd -------------------------------------===//
//
// clangd titles a quick fix with its diagnostic's (or note's) whole message;
// ours explain the finding and run to hundreds of characters, which an
// editor's fix menu cuts or wraps. The message stays on the diagnostic; the
// title says what the fix writes. Every async-* fix-it produces a `co_await`
// expression (a timer wait, a gather, an awaited call), so the title is that
// expression as the fix leaves the code, read from the rewritten source:
// several edits (an inserted `co_await `, a renamed callee, an appended
// argument) only make sense together.
//
//===----------------------------------------------------------------------===//

#include "FixTitles.h"

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/LangOptions.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Token.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <tuple>

namespace {
using clang::CharSourceRange;
using clang::FixItHint;
using clang::LangOptions;
using clang::Lexer;
using clang::SourceManager;
using clang::Token;
namespace tok = clang::tok;

// The dialect to measure and lex fixed code in: the consumer does not see
// the file's LangOptions, and C++20 is what coroutine code is written in.
const LangOptions &cxx20() {
  static const LangOptions Opts = [] {
    LangOptions Opts;
    Opts.CPlusPlus = Opts.CPlusPlus11 = Opts.CPlusPlus14 = true;
    Opts.CPlusPlus17 = Opts.CPlusPlus20 = true;
    return Opts;
  }();
  return Opts;
}

// A header the fix adds: not part of the expression it writes.
bool isIncludeInsertion(const FixItHint &Hint) {
  return llvm::StringRef(Hint.CodeToInsert).ltrim().starts_with("#include");
}

struct Edit {
  unsigned Begin, End; // offsets in the file
  llvm::StringRef Text;
  unsigned Index; // in the fix-its: insertions at one place keep this order
};

// The file from the first edit of \p Hints on, with the edits applied;
// nullopt unless they are all in one file and do not overlap. The text runs
// to the end of the file: an inserted `co_await ` awaits the code after it.
std::optional<std::string> applyEdits(llvm::ArrayRef<FixItHint> Hints,
                                      const SourceManager &SM) {
  llvm::SmallVector<Edit, 4> Edits;
  clang::FileID File;
  for (const FixItHint &Hint : Hints) {
    if (isIncludeInsertion(Hint))
      continue;
    CharSourceRange Range =
        Lexer::makeFileCharRange(Hint.RemoveRange, SM, cxx20());
    if (Range.isInvalid())
      return std::nullopt;
    auto [BeginFile, Begin] = SM.getDecomposedLoc(Range.getBegin());
    auto [EndFile, End] = SM.getDecomposedLoc(Range.getEnd());
    if (BeginFile != EndFile || End < Begin ||
        (File.isValid() && BeginFile != File))
      return std::nullopt;
    File = BeginFile;
    Edits.push_back({Begin, End, Hint.CodeToInsert,
                     static_cast<unsigned>(Edits.size())});
  }
  if (Edits.empty())
    return std::nullopt;
  bool Invalid = false;
  llvm::StringRef Code = SM.getBufferData(File, &Invalid);
  if (Invalid)
    return std::nullopt;
  llvm::sort(Edits, [](const Edit &A, const Edit &B) {
    return std::tie(A.Begin, A.Index) < std::tie(B.Begin, B.Index);
  });
  std::string Result;
  unsigned Done = Edits.front().Begin;
  for (const Edit &E : Edits) {
    if (E.Begin < Done || E.End > Code.size())
      return std::nullopt;
    Result += Code.slice(Done, E.Begin);
    Result += E.Text;
    Done = E.End;
  }
  Result += Code.substr(Done);
  return Result;
}

bool opens(const Token &Tok) {
  return Tok.isOneOf(tok::l_paren, tok::l_square, tok::l_brace);
}

bool closes(const Token &Tok) {
  return Tok.isOneOf(tok::r_paren, tok::r_square, tok::r_brace);
}

// Whether \p Tok, outside brackets, still belongs to the operand of
// `co_await`: names, literals, member access, template brackets, and the
// argument lists that follow. Anything else (`;`, `,`, an unmatched `)`, a
// binary operator) ends it.
bool continuesOperand(const Token &Tok) {
  return Tok.is(tok::raw_identifier) || Tok.isLiteral() || opens(Tok) ||
         Tok.isOneOf(tok::coloncolon, tok::period, tok::arrow, tok::less,
                     tok::greater, tok::greatergreater, tok::tilde);
}

bool isCoAwait(const Token &Tok) {
  return Tok.is(tok::raw_identifier) && Tok.getRawIdentifier() == "co_await";
}

// The first `co_await` expression of \p Code, the contents of its argument
// lists, braces and brackets elided and line breaks made spaces:
// `co_await f(…).g(…)`.
std::optional<std::string> firstAwaitExpression(llvm::StringRef Code) {
  Lexer Lex(clang::SourceLocation(), cxx20(), Code.begin(), Code.begin(),
            Code.end());
  Token Tok;
  auto Spelling = [&] {
    return llvm::StringRef(Lex.getBufferLocation() - Tok.getLength(),
                           Tok.getLength());
  };
  do {
    Lex.LexFromRawLexer(Tok);
    if (Tok.is(tok::eof))
      return std::nullopt;
  } while (!isCoAwait(Tok));
  std::string Expr(Spelling());
  unsigned Depth = 0;
  bool Elided = false;
  while (true) {
    Lex.LexFromRawLexer(Tok);
    if (Tok.is(tok::eof))
      return Depth == 0 ? std::optional<std::string>(Expr) : std::nullopt;
    if (Depth > 0) {
      if (closes(Tok) && --Depth == 0) {
        if (Elided)
          Expr += "…";
        Expr += Spelling();
        continue;
      }
      if (opens(Tok))
        ++Depth;
      Elided = true;
      continue;
    }
    if (!continuesOperand(Tok))
      return Expr;
    if (Tok.hasLeadingSpace() || Tok.isAtStartOfLine())
      Expr += ' ';
    Expr += Spelling();
    if (opens(Tok)) {
      Depth = 1;
      Elided = false;
    }
  }
}

// clangd's rendering of code in a title it invents: the first line, at most
// 50 characters (writeCodeToFixMessage in clangd/Diagnostics.cpp).
void writeCodeForTitle(llvm::raw_ostream &OS, llvm::StringRef Code) {
  if (Code == "\n") {
    OS << "\\n";
    return;
  }
  llvm::StringRef Shown = Code.split('\n').first.take_front(50);
  OS << Shown;
  if (Shown.size() != Code.size())
    OS << "…";
}
} // namespace

namespace async_clangd {

std::string shortFixTitle(const clang::Diagnostic &Info,
                          llvm::StringRef Check) {
  if (std::optional<std::string> Fixed =
          applyEdits(Info.getFixItHints(), Info.getSourceManager()))
    if (std::optional<std::string> Await = firstAwaitExpression(*Fixed))
      return "use '" + *Await + "'";
  return ("apply the " + Check + " fix").str();
}

// Mirrors clangd's StoreDiags::HandleDiagnostic (clangd/Diagnostics.cpp),
// which we must match to recognise the title; test/clangd/fix-titles.test
// fails if clangd changes it.
std::optional<std::string> clangdEditTitle(const clang::Diagnostic &Info) {
  if (Info.getNumFixItHints() != 1)
    return std::nullopt;
  const FixItHint &Hint = Info.getFixItHints().front();
  bool Invalid = false;
  llvm::StringRef Remove = Lexer::getSourceText(
      Hint.RemoveRange, Info.getSourceManager(), cxx20(), &Invalid);
  llvm::StringRef Insert = Hint.CodeToInsert;
  if (Invalid || (Remove.empty() && Insert.empty()))
    return std::nullopt;
  std::string Title;
  llvm::raw_string_ostream OS(Title);
  if (!Remove.empty() && !Insert.empty()) {
    OS << "change '";
    writeCodeForTitle(OS, Remove);
    OS << "' to '";
    writeCodeForTitle(OS, Insert);
    OS << "'";
  } else if (!Remove.empty()) {
    OS << "remove '";
    writeCodeForTitle(OS, Remove);
    OS << "'";
  } else {
    OS << "insert '";
    writeCodeForTitle(OS, Insert);
    OS << "'";
  }
  OS.flush();
  std::replace(Title.begin(), Title.end(), '\n', ' ');
  return Title;
}

} // namespace async_clangd
