#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace linli {

// What kind of failure a caller may want to react to differently.
enum class ErrorCode {
    Invalid, // bad input: the message names the field and the reason
    NotFound, // a record that was named does not exist
    Conflict, // a stale version or a duplicate
    Storage, // the database refused or failed
    NotARegister, // the file is not a Linli register
    TooNew, // the register was written by a newer Linli
    Unsupported, // e.g. a register on a network filesystem
    Cancelled, // the user stopped a long task; nothing was kept
    Output, // a file or a printer could not be written
    Denied, // the acting user may not do this, or not to this record (outside their scope)
    LoginFailed, // a wrong user name or password, a locked or disabled account
};

struct Error {
    ErrorCode code = ErrorCode::Invalid;
    QString message; // complete sentence, already translated, naming what and where
    QString field; // the field at fault, when there is one (for inline messages)
};

// A value or an error: repositories and validators return this instead of throwing.
template<typename T> class [[nodiscard]] Result final
{
public:
    Result(T value) : m_data(std::move(value)) { }
    Result(Error error) : m_data(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value: `for (auto &x : repo.list().value())` must not iterate a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result for operations that return nothing but may fail.
class [[nodiscard]] Status final
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace linli
