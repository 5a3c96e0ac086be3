// A library header that ships its knowledge as marks on declarations; the
// bodies are in another translation unit.
#pragma once
namespace netlib {
[[clang::annotate("async::blocking")]] int fetch_sync(int id);
[[clang::annotate("async::nonblocking")]] void log(const char *message);
} // namespace netlib
