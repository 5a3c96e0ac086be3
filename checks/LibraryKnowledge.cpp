//===--- LibraryKnowledge.cpp - async-lint --------------------------------===//
//
// The defaults come from the libraries' own headers; see
// docs/library-knowledge.md for the sources and for how to extend them.
//
//===----------------------------------------------------------------------===//

#include "LibraryKnowledge.h"
#include "clang-tidy/utils/OptionsUtils.h"

namespace clang::tidy::async::knowledge {

const char CoroutineTypes[] =
    "::boost::asio::awaitable=boost-asio;"
    "::asio::awaitable=asio;"
    "::folly::coro::Task=folly;"
    "::folly::coro::TaskWithExecutor=folly;"
    "::folly::coro::AsyncGenerator=folly;"
    "::cppcoro::task=cppcoro;"
    "::cppcoro::shared_task=cppcoro;"
    "::coro::task=libcoro;"
    "::exec::task=stdexec;"
    "::stdexec::task=stdexec;"
    "::std::execution::task=stdexec;"
    "::unifex::task=unifex;"
    "::seastar::future=seastar;"
    "::concurrencpp::result=concurrencpp;"
    "::concurrencpp::lazy_result=concurrencpp;"
    "::concurrencpp::null_result=concurrencpp;"
    "::QCoro::Task=qcoro;"
    "::QCoro::LazyTask=qcoro;"
    "::async_simple::coro::Lazy=async_simple;"
    "::async_simple::coro::RescheduleLazy=async_simple";

// The synchronous Asio operations are the overloads without a completion
// token; their asynchronous twins have other names (async_*), so a name is
// enough to tell them apart.
#define ASIO_BLOCKING(NS)                                                      \
  "::" NS "::basic_stream_socket::read_some;"                                  \
  "::" NS "::basic_stream_socket::write_some;"                                 \
  "::" NS "::basic_stream_socket::receive;"                                    \
  "::" NS "::basic_stream_socket::send;"                                       \
  "::" NS "::basic_datagram_socket::receive;"                                  \
  "::" NS "::basic_datagram_socket::receive_from;"                             \
  "::" NS "::basic_datagram_socket::send;"                                     \
  "::" NS "::basic_datagram_socket::send_to;"                                  \
  "::" NS "::basic_socket::connect;"                                           \
  "::" NS "::basic_socket_acceptor::accept;"                                   \
  "::" NS "::ip::basic_resolver::resolve;"                                     \
  "::" NS "::basic_waitable_timer::wait;"                                      \
  "::" NS "::basic_deadline_timer::wait;"                                      \
  "::" NS "::ssl::stream::handshake;"                                          \
  "::" NS "::ssl::stream::shutdown;"                                           \
  "::" NS "::ssl::stream::read_some;"                                          \
  "::" NS "::ssl::stream::write_some;"                                         \
  "::" NS "::read;"                                                            \
  "::" NS "::read_at;"                                                         \
  "::" NS "::read_until;"                                                      \
  "::" NS "::write;"                                                           \
  "::" NS "::write_at;"                                                        \
  "::" NS "::connect;"                                                         \
  "::" NS "::io_context::run;"                                                 \
  "::" NS "::io_context::run_one;"                                             \
  "::" NS "::io_context::run_for;"                                             \
  "::" NS "::io_context::run_until;"                                           \
  "::" NS "::thread_pool::join;"                                               \
  "::" NS "::thread_pool::wait;"

const char BlockingFunctions[] =
    // <thread>, <future>, <condition_variable>, <latch>, <barrier>,
    // <semaphore>, <atomic>
    "::std::this_thread::sleep_until;"
    "::std::thread::join;"
    "::std::jthread::join;"
    "::std::jthread::~jthread;" // joins
    "::std::future::get;"
    "::std::future::wait;"
    "::std::future::wait_for;"
    "::std::future::wait_until;"
    "::std::shared_future::get;"
    "::std::shared_future::wait;"
    "::std::shared_future::wait_for;"
    "::std::shared_future::wait_until;"
    "::std::condition_variable::wait;"
    "::std::condition_variable::wait_for;"
    "::std::condition_variable::wait_until;"
    "::std::condition_variable_any::wait;"
    "::std::condition_variable_any::wait_for;"
    "::std::condition_variable_any::wait_until;"
    "::std::latch::wait;"
    "::std::latch::arrive_and_wait;"
    "::std::barrier::wait;"
    "::std::barrier::arrive_and_wait;"
    "::std::counting_semaphore::acquire;"
    "::std::counting_semaphore::try_acquire_for;"
    "::std::counting_semaphore::try_acquire_until;"
    "::std::atomic::wait;"
    "::std::atomic_ref::wait;"
    "::std::atomic_flag::wait;"
    "::std::atomic_wait;"
    "::std::atomic_wait_explicit;"
    // C and POSIX
    "::sleep;"
    "::usleep;"
    "::nanosleep;"
    "::clock_nanosleep;"
    "::getaddrinfo;"
    "::gethostbyname;"
    "::gethostbyname_r;"
    "::system;"
    "::popen;"
    "::pclose;"
    "::wait;"
    "::waitpid;"
    "::pthread_join;"
    "::pthread_cond_wait;"
    "::pthread_cond_timedwait;"
    "::sem_wait;"
    "::sem_timedwait;"
    "::poll;"
    "::ppoll;"
    "::select;"
    "::pselect;"
    "::epoll_wait;"
    // Asio, both spellings
    ASIO_BLOCKING("boost::asio") ASIO_BLOCKING("asio")
    // folly
    "::folly::SemiFuture::get;"
    "::folly::SemiFuture::wait;"
    "::folly::SemiFuture::getTry;"
    "::folly::Future::get;"
    "::folly::Future::wait;"
    "::folly::Future::getVia;"
    "::folly::Baton::wait;"
    "::folly::fibers::Semaphore::wait;"
    // cppcoro: event loops
    "::cppcoro::io_service::process_events;"
    "::cppcoro::io_service::process_one_event;"
    // stdexec
    "::stdexec::run_loop::run;"
    // seastar: legal only inside seastar::thread
    "::seastar::future::get;"
    "::seastar::future::wait;"
    // concurrencpp
    "::concurrencpp::result::get;"
    "::concurrencpp::result::wait;"
    "::concurrencpp::result::wait_for;"
    "::concurrencpp::result::wait_until;"
    "::concurrencpp::shared_result::get;"
    "::concurrencpp::shared_result::wait;"
    // Qt
    "::QThread::sleep;"
    "::QThread::msleep;"
    "::QThread::usleep;"
    "::QThread::wait;"
    "::QIODevice::waitForReadyRead;"
    "::QIODevice::waitForBytesWritten;"
    "::QAbstractSocket::waitForConnected;"
    "::QAbstractSocket::waitForDisconnected;"
    "::QProcess::waitForStarted;"
    "::QProcess::waitForFinished;"
    "::QTcpServer::waitForNewConnection;"
    "::QFuture::waitForFinished;"
    "::QFuture::result;"
    "::QEventLoop::exec;"
    "::QHostInfo::fromName";
#undef ASIO_BLOCKING

const char SleepFunctions[] = "::std::this_thread::sleep_for";

const char SleepReplacements[] =
    "boost-asio=co_await boost::asio::steady_timer(co_await "
    "boost::asio::this_coro::executor, $0).async_wait(boost::asio::use_"
    "awaitable);"
    "asio=co_await asio::steady_timer(co_await asio::this_coro::executor, "
    "$0).async_wait(asio::use_awaitable);"
    "folly=co_await folly::coro::sleep($0);"
    "seastar=co_await seastar::sleep($0);"
    "qcoro=co_await QCoro::sleepFor($0)";

const char SleepHeaders[] =
    "boost-asio=<boost/asio/steady_timer.hpp>,<boost/asio/this_coro.hpp>,"
    "<boost/asio/use_awaitable.hpp>;"
    "asio=<asio/steady_timer.hpp>,<asio/this_coro.hpp>,<asio/use_awaitable.hpp>;"
    "folly=<folly/coro/Sleep.h>;"
    "seastar=<seastar/core/sleep.hh>;"
    "qcoro=<QCoroTimer>";

const char SleepHints[] =
    "cppcoro=co_await io_service.schedule_after($0);"
    "libcoro=co_await scheduler->yield_for($0);"
    "stdexec=co_await exec::schedule_after(scheduler, $0);"
    "unifex=co_await unifex::schedule_after(scheduler, $0);"
    "concurrencpp=co_await runtime.timer_queue()->make_delay_object($0, "
    "executor);"
    // A timer of the current executor, or a blocking sleep without one.
    "async_simple=co_await async_simple::coro::sleep($0)";

const char SyncWaitFunctions[] =
    "::folly::coro::blockingWait=folly;"
    "::folly::coro::blocking_wait=folly;"
    "::cppcoro::sync_wait=cppcoro;"
    "::coro::sync_wait=libcoro;"
    // waitFor spins a nested event loop: its own message.
    "::QCoro::waitFor=qcoro:nested-loop;"
    "::async_simple::coro::syncAwait=async_simple;"
    // These return an optional of the result: not a drop-in co_await.
    "::stdexec::sync_wait;"
    "::stdexec::sync_wait_with_variant;"
    "::std::this_thread::sync_wait;"
    "::std::this_thread::sync_wait_with_variant;"
    "::unifex::sync_wait";

const char PosixIOFunctions[] =
    "::read;::write;::pread;::pwrite;::readv;::writev;"
    "::recv;::send;::recvfrom;::sendto;::recvmsg;::sendmsg;"
    "::connect;::accept;::accept4;"
    "::std::basic_ifstream::basic_ifstream;"
    "::std::basic_ofstream::basic_ofstream;"
    "::std::basic_fstream::basic_fstream;"
    "::std::basic_ifstream::open;"
    "::std::basic_ofstream::open;"
    "::std::basic_fstream::open;"
    "::std::getline;"
    "::fopen;::fread;::fgets;::fscanf";

const char NonBlockingMarkers[] =
    "O_NONBLOCK;SOCK_NONBLOCK;MSG_DONTWAIT;FIONBIO";

const char ReadinessQueries[] =
    "::std::future::wait_for;::std::shared_future::wait_for;"
    "::concurrencpp::result::status;::concurrencpp::shared_result::status;"
    "::folly::SemiFuture::isReady;::folly::Future::isReady;"
    "::folly::SemiFuture::hasValue;::folly::Future::hasValue;"
    "::folly::SemiFuture::hasException;::folly::Future::hasException;"
    "::seastar::future::available;::seastar::future::failed;"
    "::QFuture::isFinished";

const char CompletedResultSources[] =
    "::concurrencpp::when_all;"
    "::concurrencpp::result::resolve;::concurrencpp::shared_result::resolve;"
    "::cppcoro::when_all_ready;"
    "::folly::coro::collectAll;::folly::coro::collectAllTry;"
    "::folly::coro::collectAllRange;::folly::coro::collectAllTryRange;"
    "::coro::when_all;"
    "::seastar::when_all";

const char InMemoryStreams[] =
    "::std::basic_istringstream;::std::basic_ostringstream;"
    "::std::basic_stringstream;::std::basic_stringbuf;"
    "::std::basic_ispanstream;::std::basic_ospanstream;"
    "::std::basic_spanstream;::std::basic_spanbuf;"
    "::boost::asio::basic_streambuf;::asio::basic_streambuf";

const char WakeUpWriteFunctions[] = "::write";

const char ExecutorHops[] = "::concurrencpp::resume_on";

const char BlockingIOHints[] =
    "default=run it on a thread pool meant for blocking work, or use an "
    "asynchronous I/O API;"
    "boost-asio=run it on a 'boost::asio::thread_pool' ('co_await "
    "boost::asio::co_spawn(pool, ..., boost::asio::use_awaitable)'), or use "
    "'boost::asio::stream_file' and the socket's async_* operations;"
    "asio=run it on an 'asio::thread_pool' ('co_await asio::co_spawn(pool, "
    "..., asio::use_awaitable)'), or use 'asio::stream_file' and the "
    "socket's async_* operations;"
    "folly=run it on a blocking-work executor ('co_await "
    "co_withExecutor(executor, task)'), or use folly's async I/O;"
    "cppcoro=use 'cppcoro::read_only_file' and the socket's awaitable "
    "operations, or run it after 'co_await pool.schedule()' on a pool meant "
    "for blocking work;"
    "libcoro=run it on a 'coro::thread_pool' meant for blocking work ('co_await "
    "pool.schedule()'), or await the descriptor's readiness with 'poll()' "
    "first;"
    "concurrencpp=move to the background executor first ('co_await "
    "concurrencpp::resume_on(runtime.background_executor())'), which is meant "
    "for blocking work;"
    "qcoro=use QCoro's awaitable QIODevice operations, or run it in "
    "'QtConcurrent::run' and await the future;"
    "seastar=use seastar's file and socket APIs, or run it in "
    "'seastar::async'";

const char MutexFunctions[] =
    "::std::mutex::lock;"
    "::std::timed_mutex::lock;"
    "::std::timed_mutex::try_lock_for;"
    "::std::timed_mutex::try_lock_until;"
    "::std::recursive_mutex::lock;"
    "::std::recursive_timed_mutex::lock;"
    "::std::shared_mutex::lock;"
    "::std::shared_mutex::lock_shared;"
    "::std::shared_timed_mutex::lock;"
    "::std::shared_timed_mutex::lock_shared;"
    "::std::lock;"
    "::std::lock_guard::lock_guard;"
    "::std::unique_lock::unique_lock;"
    "::std::scoped_lock::scoped_lock;"
    "::std::shared_lock::shared_lock;"
    "::pthread_mutex_lock";

const char OffloadFunctions[] =
    "::std::thread::thread;"
    "::std::jthread::jthread;"
    "::std::async;"
    "::boost::asio::post;::boost::asio::dispatch;::boost::asio::defer;"
    "::boost::asio::co_spawn;"
    "::asio::post;::asio::dispatch;::asio::defer;::asio::co_spawn;"
    "::folly::via;"
    "::folly::Executor::add;"
    "::QtConcurrent::run;"
    "::concurrencpp::executor::post;"
    "::concurrencpp::executor::submit;"
    "::concurrencpp::executor::bulk_post;"
    "::concurrencpp::executor::bulk_submit;"
    "::concurrencpp::derivable_executor::post;"
    "::concurrencpp::derivable_executor::submit;"
    "::concurrencpp::derivable_executor::bulk_post;"
    "::concurrencpp::derivable_executor::bulk_submit;"
    "::folly::coro::co_withExecutor;::folly::coro::Task::scheduleOn;"
    "::seastar::async";

// Only the overloads the names cover are rewritten: those without an
// error_code& parameter (the check verifies that).
#define ASIO_AWAITABLE(NS)                                                     \
  "::" NS "::basic_stream_socket::read_some=async_read_some;"                  \
  "::" NS "::basic_stream_socket::write_some=async_write_some;"                \
  "::" NS "::basic_stream_socket::receive=async_receive;"                      \
  "::" NS "::basic_stream_socket::send=async_send;"                            \
  "::" NS "::basic_socket_acceptor::accept=async_accept;"                      \
  "::" NS "::basic_socket::connect=async_connect;"                             \
  "::" NS "::basic_waitable_timer::wait=async_wait;"                           \
  "::" NS "::basic_deadline_timer::wait=async_wait;"                           \
  "::" NS "::read=async_read;"                                                 \
  "::" NS "::write=async_write;"                                               \
  "::" NS "::connect=async_connect;"

const char AwaitableOperations[] =
    ASIO_AWAITABLE("boost::asio") ASIO_AWAITABLE("asio");
#undef ASIO_AWAITABLE

const char AwaitableTokens[] =
    "boost-asio=boost::asio::use_awaitable;asio=asio::use_awaitable";

const char AwaitableTokenHeaders[] =
    "boost-asio=<boost/asio/use_awaitable.hpp>;asio=<asio/use_awaitable.hpp>";

const char EagerTaskTypes[] =
    "::seastar::future;"
    "::seastar::shared_future;"
    "::concurrencpp::result;"
    "::concurrencpp::shared_result;"
    "::QCoro::Task;"
    "::folly::SemiFuture;"
    "::folly::Future;"
    "::std::future;"
    "::std::shared_future;"
    "::boost::asio::experimental::promise;"
    "::asio::experimental::promise;"
    "::acme::Future";

const char SequentialOperations[] =
    // streams, sockets, acceptors, channels, timers (Asio and look-alikes)
    "async_read_some;async_write_some;async_read;async_write;async_read_until;"
    "async_receive;async_receive_from;async_send;async_send_to;async_accept;"
    "async_wait;async_handshake;"
    // generators, queues, events, semaphores
    "next;pop;pop_eventually;wait;receive;accept;acquire;lock;scoped_lock;"
    // socket-like receives and sends (cppcoro, async_mqtt endpoints)
    "recv;send_to;recv_from;async_recv;"
    // sleeps and scheduler delays
    "::folly::coro::sleep;::seastar::sleep;::seastar::sleep_abortable;"
    "::QCoro::sleepFor;::QCoro::sleepUntil;schedule_after;yield_for;"
    "::async_simple::coro::sleep;"
    "make_delay_object;::unifex::schedule_after;::exec::schedule_after;"
    "::acme::sleepFor";

#define ASIO_SEQUENTIAL_TYPES(NS)                                              \
  "::" NS "::basic_socket;"                                                    \
  "::" NS "::basic_stream_socket;"                                             \
  "::" NS "::basic_datagram_socket;"                                           \
  "::" NS "::basic_raw_socket;"                                                \
  "::" NS "::basic_seq_packet_socket;"                                         \
  "::" NS "::basic_socket_acceptor;"                                           \
  "::" NS "::ssl::stream;"                                                     \
  "::" NS "::buffered_stream;"                                                 \
  "::" NS "::buffered_read_stream;"                                            \
  "::" NS "::buffered_write_stream;"                                           \
  "::" NS "::basic_serial_port;"                                               \
  "::" NS "::basic_stream_file;"                                               \
  "::" NS "::basic_random_access_file;"                                        \
  "::" NS "::basic_readable_pipe;"                                             \
  "::" NS "::basic_writable_pipe;"                                             \
  "::" NS "::posix::basic_stream_descriptor;"                                  \
  "::" NS "::windows::basic_stream_handle;"                                    \
  "::" NS "::basic_waitable_timer;"                                            \
  "::" NS "::basic_deadline_timer;"                                            \
  "::" NS "::basic_signal_set;"                                                \
  "::" NS "::experimental::basic_channel;"                                     \
  "::" NS "::experimental::basic_concurrent_channel;"                          \
  "::" NS "::experimental::coro;"

const char SequentialTypes[] =
    ASIO_SEQUENTIAL_TYPES("boost::asio") ASIO_SEQUENTIAL_TYPES("asio")
    "::boost::beast::basic_stream;::boost::beast::websocket::stream;"
    // standard streams and files
    "::std::basic_istream;::std::basic_ostream;::std::basic_streambuf;"
    "::FILE;"
    // folly
    "::folly::coro::AsyncGenerator;::folly::coro::UnboundedQueue;"
    "::folly::coro::BoundedQueue;::folly::coro::AsyncPipe;"
    "::folly::coro::Transport;"
    // cppcoro
    "::cppcoro::async_generator;::cppcoro::generator;"
    "::cppcoro::recursive_generator;::cppcoro::net::socket;"
    "::cppcoro::file;::cppcoro::read_only_file;::cppcoro::write_only_file;"
    "::cppcoro::read_write_file;"
    // libcoro
    "::coro::generator;::coro::queue;::coro::ring_buffer;"
    "::coro::net::tcp::client;::coro::net::tls::client;::coro::net::udp::peer;"
    // Seastar
    "::seastar::input_stream;::seastar::output_stream;::seastar::queue;"
    "::seastar::connected_socket;::seastar::server_socket;"
    "::seastar::coroutine::experimental::generator;"
    // concurrencpp, QCoro and Qt
    "::concurrencpp::generator;"
    "::QCoro::AsyncGenerator;::QCoro::Generator;"
    "::QIODevice;::QWebSocket;::QWebSocketServer;::QTcpServer;::QLocalServer;"
    "::QProcess;::QCoroIODevice;::QCoro::detail::QCoroIODevice";
#undef ASIO_SEQUENTIAL_TYPES

#define ASIO_SCHEDULER_TYPES(NS)                                               \
  "::" NS "::io_context;"                                                      \
  "::" NS "::io_context::basic_executor_type;"                                 \
  "::" NS "::any_io_executor;"                                                 \
  "::" NS "::execution::any_executor;"                                         \
  "::" NS "::strand;"                                                          \
  "::" NS "::io_context::strand;"                                              \
  "::" NS "::thread_pool;"                                                     \
  "::" NS "::thread_pool::basic_executor_type;"                                \
  "::" NS "::system_executor;"                                                 \
  "::" NS "::basic_system_executor;"                                           \
  "::" NS "::executor;"

const char SchedulerTypes[] =
    ASIO_SCHEDULER_TYPES("boost::asio") ASIO_SCHEDULER_TYPES("asio")
    "::folly::Executor;::folly::Executor::KeepAlive;"
    "::cppcoro::static_thread_pool;::cppcoro::io_service;"
    "::coro::thread_pool;::coro::io_scheduler;::coro::scheduler;"
    "::exec::static_thread_pool;::stdexec::run_loop;"
    "::unifex::single_thread_context;::unifex::static_thread_pool;"
    "::unifex::timed_single_thread_context;"
    "::seastar::scheduling_group;"
    "::concurrencpp::executor;"
    "::async_simple::Executor;"
    "::QThread";
#undef ASIO_SCHEDULER_TYPES

// `element|gather|result`: the element is what the loop collects into `ops`;
// the result, when given, reads one gathered result `$0` (and enables the
// fix-it).
const char RangeGatherForms[] =
    "folly=$0|co_await folly::coro::collectAllTryRange(std::move(ops))|"
    "std::move($0).value();"
    "cppcoro=$0|co_await cppcoro::when_all_ready(std::move(ops))|"
    "std::move($0).result();"
    "libcoro=$0|co_await coro::when_all(std::move(ops))|"
    "std::move($0).return_value();"
    // The ranged parallel group needs Boost >= 1.81 (Asio 1.26).
    "boost-asio=boost::asio::co_spawn(executor, $0, boost::asio::deferred)|"
    "co_await boost::asio::experimental::make_parallel_group(std::move(ops))"
    ".async_wait(boost::asio::experimental::wait_for_all(), "
    "boost::asio::use_awaitable);"
    "unifex=unifex::materialize($0)|"
    "co_await unifex::when_all_range(std::move(ops));"
    "seastar=$0|co_await seastar::when_all(ops.begin(), ops.end());"
    // A Try per task; the Para form runs them in parallel on the executor.
    "async_simple=$0|co_await async_simple::coro::collectAllPara("
    "std::move(ops))";

// What the forms above name: the combinator's header and <utility> for
// `std::move` (the check itself adds <vector> for `ops`).
const char RangeGatherHeaders[] =
    "folly=<folly/coro/Collect.h>,<utility>;"
    "cppcoro=<cppcoro/when_all_ready.hpp>,<utility>;"
    "libcoro=<coro/when_all.hpp>,<utility>;"
    "boost-asio=<boost/asio/co_spawn.hpp>,<boost/asio/deferred.hpp>,"
    "<boost/asio/experimental/parallel_group.hpp>,"
    "<boost/asio/use_awaitable.hpp>,<utility>;"
    "unifex=<unifex/materialize.hpp>,<unifex/when_all_range.hpp>,<utility>;"
    "seastar=<seastar/core/when_all.hh>;"
    "async_simple=<async_simple/coro/Collect.h>,<utility>";

// A loop over the input gets the bounded form, so that following the
// advice does not start one task per input element at once.
const char BoundedRangeGatherForms[] =
    "folly=collect each '$0' into 'ops' in the loop, then await them with at "
    "most <max-in-flight> running at once: 'co_await "
    "folly::coro::collectAllTryWindowed(std::move(ops), <max-in-flight>)', a "
    "'std::vector' of 'folly::Try' in input order whose 'value()' rethrows "
    "that operation's error;"
    "cppcoro=collect each '$0' into a chunk of at most <max-in-flight> tasks "
    "and await each full chunk before filling the next: 'co_await "
    "cppcoro::when_all_ready(std::move(chunk))', a 'std::vector' of tasks "
    "whose 'result()' gives that operation's value or rethrows its error;"
    "libcoro=collect each '$0' into a chunk of at most <max-in-flight> tasks "
    "and await each full chunk before filling the next: 'co_await "
    "coro::when_all(std::move(chunk))', a 'std::vector' whose "
    "'return_value()' gives that operation's value or rethrows its error;"
    "boost-asio=collect each 'boost::asio::co_spawn(<executor>, $0, "
    "boost::asio::deferred)' into a chunk of at most <max-in-flight> "
    "operations and await each full chunk before filling the next: 'co_await "
    "boost::asio::experimental::make_parallel_group(std::move(chunk))"
    ".async_wait(boost::asio::experimental::wait_for_all(), "
    "boost::asio::use_awaitable)', which gives '(order, exceptions, "
    "results)', one exception and one result per operation;"
    "unifex=collect each 'unifex::materialize($0)' into a chunk of at most "
    "<max-in-flight> senders and await each full chunk before filling the "
    "next: 'co_await unifex::when_all_range(std::move(chunk))';"
    "seastar=replace the loop with 'co_await "
    "seastar::max_concurrent_for_each(<range>, <max-in-flight>, [&](auto "
    "&<element>) { return $0; })', which runs at most <max-in-flight> at "
    "once and fails with one of the errors if any operation fails";

// `$[...$]` repeats its contents once per awaited expression, comma-separated.
const char WhenAllForms[] =
    "folly=co_await folly::coro::collectAllTry($[$0$]);"
    "cppcoro=co_await cppcoro::when_all_ready($[$0$]);"
    "libcoro=co_await coro::when_all($[$0$]);"
    "boost-asio=co_await boost::asio::experimental::make_parallel_group("
    "$[boost::asio::co_spawn(executor, $0, boost::asio::deferred)$])"
    ".async_wait(boost::asio::experimental::wait_for_all(), "
    "boost::asio::use_awaitable);"
    "unifex=co_await unifex::when_all($[unifex::materialize($0)$]);"
    "seastar=co_await seastar::when_all($[$0$]);"
    "concurrencpp=co_await concurrencpp::when_all(executor, $[$0$]);"
    "async_simple=co_await async_simple::coro::collectAllPara($[$0$])";
const char TaskTypes[] =
    "::boost::asio::awaitable=lazy;"
    "::asio::awaitable=lazy;"
    "::folly::coro::Task=lazy;"
    "::folly::coro::TaskWithExecutor=lazy;"
    "::folly::coro::AsyncGenerator=lazy;"
    "::cppcoro::task=lazy;"
    "::cppcoro::shared_task=lazy;"
    "::coro::task=lazy;"
    "::exec::task=lazy;"
    "::exec::basic_task=lazy;"
    "::stdexec::task=lazy;"
    "::std::execution::task=lazy;"
    "::unifex::task=lazy;"
    "::unifex::_task::_task::type=lazy;"
    "::concurrencpp::lazy_result=lazy;"
    "::QCoro::LazyTask=lazy;"
    "::async_simple::coro::Lazy=lazy;"
    "::async_simple::coro::RescheduleLazy=lazy;"
    "::seastar::future=eager;"
    "::QCoro::Task=eager;"
    "::concurrencpp::result=eager";

const char BlockingFutureFunctions[] = "::std::async";

const char SpawnFunctions[] =
    "::boost::asio::co_spawn=boost-asio:completion-token;"
    "::asio::co_spawn=asio:completion-token;"
    "::exec::start_detached=stdexec;"
    "::stdexec::start_detached=stdexec;"
    "::folly::coro::TaskWithExecutor::start=folly:result;"
    "::folly::coro::TaskWithExecutor::startInlineUnsafe=folly:result;"
    "::coro::thread_pool::spawn_detached=libcoro;"
    "::coro::scheduler::spawn_detached=libcoro;"
    "::coro::thread_pool::spawn=libcoro;"
    "::coro::io_scheduler::spawn=libcoro;"
    "::coro::io_scheduler::schedule=libcoro:task-argument;"
    // `start(callback)` runs the Lazy detached; the callback gets its Try.
    "::async_simple::coro::detail::LazyBase::start=async_simple:result;"
    "::async_simple::coro::Lazy::directlyStart=async_simple:result;"
    "::std::thread::detach=std-thread;"
    "::std::jthread::detach=std-thread";

const char EagerSenderFactories[] =
    "::exec::ensure_started=stdexec:detaches;"
    "::stdexec::ensure_started=stdexec:detaches;"
    "::stdexec::spawn_future=stdexec:stops;"
    "::std::execution::spawn_future=stdexec:stops;"
    "::exec::async_scope::spawn_future=stdexec:stops;"
    "::unifex::spawn_future=unifex:stops;"
    "::unifex::v1::_async_scope::async_scope::spawn=unifex:stops;"
    "::unifex::v1::_async_scope::async_scope::spawn_on=unifex:stops;"
    "::unifex::v1::_async_scope::async_scope::spawn_call_on=unifex:stops";

const char DetachedTokens[] = "::boost::asio::detached_t;::asio::detached_t";

const char ContinuationFunctions[] =
    // QCoro: `then(cb)` / `then(cb, onError)`, its documented way to use a
    // task from plain code.
    "::QCoro::Task::then;"
    // folly futures: a continuation that receives the value or the Try.
    "::folly::SemiFuture::defer;::folly::SemiFuture::deferValue;"
    "::folly::SemiFuture::deferError;"
    "::folly::Future::then;::folly::Future::thenValue;"
    "::folly::Future::thenTry;::folly::Future::thenError;"
    "::folly::Future::thenValueInline;::folly::Future::thenTryInline";

const char InBandErrorTypes[] =
    // Awaited results that carry the error as a value (also as the first
    // element of a tuple: Asio's as_tuple).
    "::std::error_code;::boost::system::error_code;::std::exception_ptr;"
    "::std::__exception_ptr::exception_ptr;::std::expected;::folly::Try;"
    "::async_simple::Try;"
    // Completion tokens that turn an operation's error into a value.
    "::boost::asio::redirect_error_t;::asio::redirect_error_t;"
    "::boost::asio::as_tuple_t;::asio::as_tuple_t;"
    "::boost::asio::experimental::as_tuple_t;::asio::experimental::as_tuple_t;"
    "::boost::asio::experimental::as_single_t;::asio::experimental::as_single_t";

const char ErrorRaisingFunctions[] =
    // Library helpers that turn an operation's error code into an
    // exception: an operation whose body calls one fails by exception
    // (Asio's `tcp::acceptor(executor, endpoint)`, `remote_endpoint()`).
    "::boost::asio::detail::throw_error;::asio::detail::throw_error;"
    "::boost::throw_exception;"
    // libstdc++ and libc++: `std::system_error` from an OS error
    // (`std::mutex::lock`, `std::thread`'s constructor).
    "::std::__throw_system_error";

const char OwningWaits[] =
    "::QEventLoop::exec;::std::latch::wait;::std::barrier::arrive_and_wait";

const char ExpectThrowCalls[] =
    // Test assertions that expect their statement or callable to throw.
    // A trailing `*` matches any name that starts with the text before it.
    "assert_throws*;assertThrows;expectThrows;"
    "EXPECT_THROW;ASSERT_THROW;EXPECT_ANY_THROW;ASSERT_ANY_THROW;"
    "REQUIRE_THROWS*;CHECK_THROWS*;WARN_THROWS*;"
    "BOOST_CHECK_THROW;BOOST_REQUIRE_THROW;BOOST_WARN_THROW;"
    "BOOST_CHECK_EXCEPTION;BOOST_REQUIRE_EXCEPTION;"
    "QVERIFY_THROWS_EXCEPTION;QVERIFY_EXCEPTION_THROWN";

const char OwningFunctions[] =
    "::seastar::with_gate;::seastar::try_with_gate;"
    "::seastar::gate::hold;::seastar::gate::try_hold";

const char UnownedTaskHints[] =
    "boost-asio=await it inside a coroutine, 'co_await "
    "boost::asio::co_spawn(executor, task, boost::asio::use_awaitable)', or "
    "pass a handler that rethrows or logs its 'std::exception_ptr';"
    "asio=await it inside a coroutine, 'co_await asio::co_spawn(executor, "
    "task, asio::use_awaitable)', or pass a handler that rethrows or logs "
    "its 'std::exception_ptr';"
    "folly=add it to a 'folly::coro::AsyncScope', "
    "'scope.add(co_withExecutor(executor, std::move(task)))', and 'co_await "
    "scope.joinAsync()' before the scope ends;"
    "stdexec=spawn it into a 'stdexec::counting_scope', "
    "'stdexec::spawn(std::move(sender), scope.get_token())', and 'co_await "
    "scope.join()' before the scope ends;"
    "libcoro=start it in a 'coro::task_group' and 'co_await' the group;"
    "std-thread=keep it in a 'std::jthread' or 'join()' it;"
    "seastar=run it under a 'seastar::gate', 'seastar::with_gate(gate, ...)', "
    "and 'co_await gate.close()' before the gate ends;"
    "qcoro=keep the 'QCoro::Task' and 'co_await' it;"
    "async_simple=pass a callback that looks at its 'Try' (rethrows or logs "
    "'t.getException()'), or 'co_await' the Lazy inside a coroutine;"
    "concurrencpp=keep the 'concurrencpp::result' and 'co_await' it";
// `shape|reading`: the error-collecting counterpart's whole shape, and how
// to read each result and each error from it. In the shape `$[...$]` repeats
// once per task, comma-separated, with `$0` the task as written and `$#` its
// number; `<...>` marks what the user must fill in. An entry without `|` is
// advice shown as it is.
#define ASIO_AND(NS)                                                           \
  "::" NS "::experimental::awaitable_operators::operator&&="                   \
  "auto [order, $[e$#, r$#$]] = co_await " NS                                  \
  "::experimental::make_parallel_group($[" NS "::co_spawn(<executor>, $0, " NS \
  "::deferred)$]).async_wait(" NS "::experimental::wait_for_all(), " NS        \
  "::use_awaitable)|'eN' is task N's 'std::exception_ptr', null when it "      \
  "succeeded, and 'rN' its result, which a task returning void does not "      \
  "have;"

const char AllOrNothingCombinators[] =
    ASIO_AND("boost::asio") ASIO_AND("asio")
    "::folly::coro::collectAll=co_await folly::coro::collectAllTry($[$0$])|"
    "it gives one 'folly::Try' per task: 'hasException()' tells whether that "
    "task failed, 'value()' gives its result or rethrows its error;"
    "::folly::coro::collectAllRange=co_await "
    "folly::coro::collectAllTryRange($[$0$])|it gives a 'std::vector' of "
    "'folly::Try' in input order: 'hasException()' tells whether that task "
    "failed, 'value()' gives its result or rethrows its error;"
    "::folly::coro::collectAllWindowed=co_await "
    "folly::coro::collectAllTryWindowed($[$0$])|it gives a 'std::vector' of "
    "'folly::Try' in input order: 'hasException()' tells whether that task "
    "failed, 'value()' gives its result or rethrows its error;"
    "::cppcoro::when_all=co_await cppcoro::when_all_ready($[$0$])|it gives "
    "one task per task awaited (a 'std::tuple', or a 'std::vector' for a "
    "vector), all finished: 'result()' on each gives its value or rethrows "
    "its error;"
    // Seastar's names are the reverse of the others': when_all collects.
    "::seastar::when_all_succeed=co_await seastar::when_all($[$0$])|it gives "
    "one resolved 'seastar::future' per task: 'failed()' tells whether that "
    "task failed, 'get()' gives its value or rethrows its error;"
    "::stdexec::when_all=wrap each child in 'stdexec::upon_error', "
    "'stdexec::let_error' or 'exec::materialize' to keep its error as a value;"
    "::stdexec::when_all_with_variant=wrap each child in "
    "'stdexec::upon_error', 'stdexec::let_error' or 'exec::materialize' to "
    "keep its error as a value;"
    "::unifex::when_all=wrap each child in 'unifex::upon_error', "
    "'unifex::let_error' or 'unifex::materialize' to keep its error as a value;"
    "::unifex::when_all_range=wrap each child in 'unifex::upon_error', "
    "'unifex::let_error' or 'unifex::materialize' to keep its error as a value;"
    "::boost::cobalt::join=co_await boost::cobalt::gather($[$0$])|it gives "
    "one 'boost::system::result' per task: 'has_error()' tells whether that "
    "task failed, 'value()' gives its result or rethrows its error";
#undef ASIO_AND

const char NonCancellingCombinators[] =
    "::cppcoro::when_all;::seastar::when_all_succeed";

const char NoThrowWrappers[] =
    "::folly::coro::co_awaitTry;"
    "::stdexec::upon_error;::stdexec::let_error;::stdexec::stopped_as_optional;"
    "::exec::materialize;"
    "::unifex::upon_error;::unifex::let_error;::unifex::materialize;"
    "::unifex::done_as_optional;"
    "::seastar::coroutine::as_future";

// `<...>` marks what the user must fill in.
const char FanOutCombinators[] =
    "::folly::coro::collectAllRange=folly::coro::collectAllWindowed(<tasks>, "
    "<max-in-flight>);"
    "::folly::coro::collectAllTryRange=folly::coro::collectAllTryWindowed("
    "<tasks>, <max-in-flight>);"
    "::cppcoro::when_all=chunks of at most <max-in-flight> tasks, each awaited "
    "before the next is filled, or a cppcoro::async_semaphore acquired as each "
    "task's first step;"
    "::cppcoro::when_all_ready=chunks of at most <max-in-flight> tasks, each "
    "awaited before the next is filled, or a cppcoro::async_semaphore "
    "acquired as each task's first step;"
    "::coro::when_all=a coro::semaphore acquired as each task's first step "
    "(co_await <semaphore>.acquire()), or chunks of at most <max-in-flight> "
    "tasks;"
    "::seastar::when_all=seastar::max_concurrent_for_each(<range>, "
    "<max-in-flight>, <func>);"
    "::seastar::when_all_succeed=seastar::max_concurrent_for_each(<range>, "
    "<max-in-flight>, <func>);"
    "::unifex::when_all_range=chunks of at most <max-in-flight> senders, each "
    "awaited before the next is filled;"
    "::concurrencpp::when_all=chunks of at most <max-in-flight> tasks, or "
    "<max-in-flight> worker tasks pulling from a shared queue;"
    "::boost::asio::experimental::make_parallel_group=<max-in-flight> worker "
    "coroutines pulling from a boost::asio::experimental::channel, or chunks "
    "of at most <max-in-flight> operations per group;"
    "::asio::experimental::make_parallel_group=<max-in-flight> worker "
    "coroutines pulling from an asio::experimental::channel, or chunks of at "
    "most <max-in-flight> operations per group";

const char RangeFanOutFunctions[] =
    "::seastar::parallel_for_each=seastar::max_concurrent_for_each(<range>, "
    "<max-in-flight>, <func>);"
    "::seastar::coroutine::parallel_for_each=seastar::max_concurrent_for_each("
    "<range>, <max-in-flight>, <func>)";

const char ConcurrencyLevelFunctions[] =
    "::concurrencpp::executor::max_concurrency_level;"
    "::std::thread::hardware_concurrency;::std::jthread::hardware_concurrency;"
    "::boost::thread::hardware_concurrency;::QThread::idealThreadCount";

const char TimerOperations[] =
    "::folly::coro::sleep;::folly::coro::timeout;::folly::coro::timeoutNoDiscard;"
    "::seastar::sleep;::seastar::sleep_abortable;::seastar::with_timeout;"
    "::QCoro::sleepFor;::QCoro::sleepUntil;"
    "::boost::asio::basic_waitable_timer::async_wait;"
    "::boost::asio::basic_deadline_timer::async_wait;"
    "::asio::basic_waitable_timer::async_wait;"
    "::asio::basic_deadline_timer::async_wait;"
    "::unifex::schedule_after;::exec::schedule_after;::stdexec::schedule_after;"
    "schedule_after;schedule_at;yield_for;yield_until;make_delay_object;"
    "::concurrencpp::timer_queue::make_delay_object";

const char ErrorValueTypes[] =
    "::std::error_code;::std::error_condition;::boost::system::error_code;"
    "::std::expected;::tl::expected;::boost::system::result;"
    "::boost::outcome_v2::basic_result;::boost::outcome_v2::basic_outcome;"
    "::outcome_v2::basic_result;::folly::Try;::folly::Expected;"
    "::std::exception_ptr";

const char AssertionMacros[] =
    "assert;CHECK*;REQUIRE*;DOCTEST_*;EXPECT_*;ASSERT_*;BOOST_CHECK*;"
    "BOOST_REQUIRE*;BOOST_TEST*;ASIO_CHECK*;QCOMPARE;QVERIFY*;QCORO_COMPARE;"
    "QCORO_VERIFY*;CO_ASSERT_*;CO_EXPECT_*;UT_ASSERT*";

const char SpellingFallbacks[] =
    "::asio::deferred=asio::experimental::deferred";

const char Limiters[] =
    "::seastar::get_units;::seastar::with_semaphore;"
    "::seastar::basic_semaphore::wait;"
    "::coro::semaphore::acquire;"
    "::async_simple::coro::CountingSemaphore::acquire;"
    "::cppcoro::async_semaphore::acquire;"
    "::folly::fibers::Semaphore::co_wait;"
    "::boost::asio::experimental::basic_channel::async_send;"
    "::boost::asio::experimental::basic_concurrent_channel::async_send;"
    "::asio::experimental::basic_channel::async_send;"
    "::asio::experimental::basic_concurrent_channel::async_send";

const char ThreadYieldFunctions[] =
    "::std::this_thread::yield;::sched_yield;::pthread_yield";

const char AtomicTypes[] = "::std::atomic;::std::atomic_flag;::std::atomic_ref";

const char YieldPoints[] =
    "boost-asio=co_await boost::asio::post(co_await "
    "boost::asio::this_coro::executor, boost::asio::use_awaitable);"
    "asio=co_await asio::post(co_await asio::this_coro::executor, "
    "asio::use_awaitable);"
    "folly=co_await folly::coro::co_reschedule_on_current_executor;"
    "cppcoro=co_await scheduler.schedule();"
    "libcoro=co_await scheduler->yield();"
    "stdexec=co_await exec::reschedule();"
    "unifex=co_await unifex::schedule();"
    "seastar=co_await seastar::coroutine::maybe_yield();"
    "async_simple=co_await async_simple::coro::Yield{}";

std::vector<Entry> parseEntries(llvm::StringRef List) {
  std::vector<Entry> Result;
  for (llvm::StringRef Item : utils::options::parseStringList(List)) {
    auto [Key, Value] = Item.split('=');
    Key = Key.trim();
    if (!Key.empty())
      Result.push_back({Key, Value.trim()});
  }
  return Result;
}

std::vector<llvm::StringRef> keysOf(llvm::ArrayRef<Entry> Entries) {
  std::vector<llvm::StringRef> Keys;
  Keys.reserve(Entries.size());
  for (const Entry &E : Entries)
    Keys.push_back(E.Key);
  return Keys;
}

std::vector<llvm::StringRef> namesIn(llvm::StringRef List) {
  return keysOf(parseEntries(List));
}

llvm::StringMap<std::string> parseLibraryMap(llvm::StringRef List) {
  llvm::StringMap<std::string> Map;
  for (const Entry &E : parseEntries(List))
    Map.try_emplace(E.Key, E.Value.str());
  return Map;
}

} // namespace clang::tidy::async::knowledge
