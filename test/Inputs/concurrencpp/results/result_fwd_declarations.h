// Mock of concurrencpp/results/result_fwd_declarations.h (v0.1.7).
#pragma once

namespace concurrencpp {
template <class type> class result;
template <class type> class lazy_result;
template <class type> class shared_result;
class null_result {};
struct executor_tag {};
class executor;
enum class result_status { idle, value, exception };
} // namespace concurrencpp
