//===--- CorrectingTransport.cpp - async-clangd ---------------------------===//
//
// clangd titles quick fixes, marks them preferred and links diagnostics to
// their documentation where it builds the message for the editor
// (ClangdLSPServer): in textDocument/codeAction replies, and in
// publishDiagnostics, with the fixes of each diagnostic when the editor
// accepts them there (`codeActionsInline`). No hook reaches there, so we
// correct the message on its way out: the linker routes clangd's
// newJSONTransport() here (--wrap, see CMakeLists.txt) and we hand clangd the
// real transport wrapped in one that corrects async-* fixes (AsyncFixes.h)
// and links (DocsLinks.h).
// clangd's own --path-mappings wraps the transport the same way.
//
//===----------------------------------------------------------------------===//

#include "AsyncFixes.h"
#include "ClangdTransport.h"
#include "DocsLinks.h"

#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <memory>

namespace {
using clang::clangd::JSONStreamStyle;
using clang::clangd::Transport;

void correctDiagnostics(llvm::json::Value &Params) {
  llvm::json::Object *Object = Params.getAsObject();
  llvm::json::Array *Diagnostics =
      Object ? Object->getArray("diagnostics") : nullptr;
  if (!Diagnostics)
    return;
  for (llvm::json::Value &Diagnostic : *Diagnostics) {
    llvm::json::Object *D = Diagnostic.getAsObject();
    if (!D)
      continue;
    async_clangd::linkAsyncDocs(*D);
    if (llvm::json::Array *Actions = D->getArray("codeActions"))
      async_clangd::correctAsyncFixes(*Actions, *D);
  }
}

class CorrectingTransport final : public Transport {
public:
  explicit CorrectingTransport(std::unique_ptr<Transport> Real)
      : Real(std::move(Real)) {}

  void notify(llvm::StringRef Method, llvm::json::Value Params) override {
    if (Method == "textDocument/publishDiagnostics")
      correctDiagnostics(Params);
    Real->notify(Method, std::move(Params));
  }

  void call(llvm::StringRef Method, llvm::json::Value Params,
            llvm::json::Value ID) override {
    Real->call(Method, std::move(Params), std::move(ID));
  }

  // Replies do not say what they answer; only a code action list holds
  // quick fixes that name a diagnostic, and correctAsyncFixes() touches
  // nothing else.
  void reply(llvm::json::Value ID,
             llvm::Expected<llvm::json::Value> Result) override {
    if (Result)
      if (llvm::json::Array *Actions = Result->getAsArray())
        async_clangd::correctAsyncFixes(*Actions);
    Real->reply(std::move(ID), std::move(Result));
  }

  llvm::Error loop(MessageHandler &Handler) override {
    return Real->loop(Handler);
  }

private:
  std::unique_ptr<Transport> Real;
};
} // namespace

// clang::clangd::newJSONTransport(FILE *, raw_ostream &, raw_ostream *, bool,
//                                 JSONStreamStyle)
std::unique_ptr<Transport>
realNewJSONTransport(std::FILE *In, llvm::raw_ostream &Out,
                     llvm::raw_ostream *InMirror, bool Pretty,
                     JSONStreamStyle Style) asm(
    "__real__ZN5clang6clangd16newJSONTransportEP8_IO_FILERN4llvm11raw_"
    "ostreamEPS4_bNS0_15JSONStreamStyleE");
std::unique_ptr<Transport>
wrapNewJSONTransport(std::FILE *In, llvm::raw_ostream &Out,
                     llvm::raw_ostream *InMirror, bool Pretty,
                     JSONStreamStyle Style) asm(
    "__wrap__ZN5clang6clangd16newJSONTransportEP8_IO_FILERN4llvm11raw_"
    "ostreamEPS4_bNS0_15JSONStreamStyleE");

std::unique_ptr<Transport>
wrapNewJSONTransport(std::FILE *In, llvm::raw_ostream &Out,
                     llvm::raw_ostream *InMirror, bool Pretty,
                     JSONStreamStyle Style) {
  return std::make_unique<CorrectingTransport>(
      realNewJSONTransport(In, Out, InMirror, Pretty, Style));
}
