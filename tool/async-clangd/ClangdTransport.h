//===--- ClangdTransport.h - async-clangd -----------------------*- C++ -*-===//
//
// clangd's Transport interface (clangd/Transport.h in clangd 22), which Debian
// does not install. The declaration must match clangd's exactly, virtual
// functions in the same order: clangd calls our transport through its vtable.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_LINT_TOOL_ASYNC_CLANGD_CLANGDTRANSPORT_H
#define ASYNC_LINT_TOOL_ASYNC_CLANGD_CLANGDTRANSPORT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"

namespace clang::clangd {

// How clangd talks to the editor: it sends with notify/call/reply and
// receives by running loop().
class Transport {
public:
  virtual ~Transport() = default;

  virtual void notify(llvm::StringRef Method, llvm::json::Value Params) = 0;
  virtual void call(llvm::StringRef Method, llvm::json::Value Params,
                    llvm::json::Value ID) = 0;
  virtual void reply(llvm::json::Value ID,
                     llvm::Expected<llvm::json::Value> Result) = 0;

  // Receives the editor's messages; only passed through here.
  class MessageHandler;
  virtual llvm::Error loop(MessageHandler &Handler) = 0;
};

// newJSONTransport()'s message framing (standard LSP or '---' delimited).
enum JSONStreamStyle { Standard, Delimited };

} // namespace clang::clangd

#endif
