//===--- PreferredFixTransport.cpp - async-clangd -------------------------===//
//
// clangd marks a quick fix preferred where it builds the message for the
// editor (ClangdLSPServer): the only quick fix of a textDocument/codeAction
// reply, and the only inline fix of a diagnostic when the editor accepts
// fixes in publishDiagnostics (`codeActionsInline`). No hook reaches there,
// so we correct the message on its way out: the linker routes clangd's
// newJSONTransport() here (--wrap, see CMakeLists.txt) and we hand clangd the
// real transport wrapped in one that un-prefers note fixes (NoteFixes.h).
// clangd's own --path-mappings wraps the transport the same way.
//
//===----------------------------------------------------------------------===//

#include "ClangdTransport.h"
#include "NoteFixes.h"

#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <memory>

namespace {
using clang::clangd::JSONStreamStyle;
using clang::clangd::Transport;

class PreferredFixTransport final : public Transport {
public:
  explicit PreferredFixTransport(std::unique_ptr<Transport> Real)
      : Real(std::move(Real)) {}

  void notify(llvm::StringRef Method, llvm::json::Value Params) override {
    if (Method == "textDocument/publishDiagnostics")
      if (llvm::json::Object *Object = Params.getAsObject())
        if (llvm::json::Array *Diagnostics = Object->getArray("diagnostics"))
          for (llvm::json::Value &Diagnostic : *Diagnostics)
            if (llvm::json::Object *D = Diagnostic.getAsObject())
              if (llvm::json::Array *Actions = D->getArray("codeActions"))
                async_clangd::unpreferNoteFixes(*Actions);
    Real->notify(Method, std::move(Params));
  }

  void call(llvm::StringRef Method, llvm::json::Value Params,
            llvm::json::Value ID) override {
    Real->call(Method, std::move(Params), std::move(ID));
  }

  // Replies do not say what they answer; only a code action list holds
  // preferred quick fixes, and unpreferNoteFixes() touches nothing else.
  void reply(llvm::json::Value ID,
             llvm::Expected<llvm::json::Value> Result) override {
    if (Result)
      if (llvm::json::Array *Actions = Result->getAsArray())
        async_clangd::unpreferNoteFixes(*Actions);
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
  return std::make_unique<PreferredFixTransport>(
      realNewJSONTransport(In, Out, InMirror, Pretty, Style));
}
