#include <boost/asio.hpp>

// Marked blocking: no body to follow.
[[clang::annotate("async::blocking")]] int fetch_sync(int id);

int cached_fetch(int id) { return fetch_sync(id); }
int lookup(int id) { return cached_fetch(id); }

// Blocks through a chain of two calls.
boost::asio::awaitable<int> chained() { co_return lookup(1); }

// Blocks directly: a note for the mark, but no chain.
boost::asio::awaitable<int> direct() { co_return fetch_sync(2); }
