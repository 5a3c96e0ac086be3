#include <asio.hpp>

// The command line switches Asio's co_await support off: it stays off.
#ifdef ASIO_HAS_CO_AWAIT
#error "ASIO_HAS_CO_AWAIT must not be predefined here"
#endif
