#pragma once
// remote/ShellQuote: the one way a value reaches a POSIX shell — job names, file names, paths and arguments are
// single-quoted so spaces, quotes, `$`, `;`, backticks and newlines stay data and can never run as commands.
#include <QString>
#include <QStringList>

namespace xrs::remote {

// 'value' with every ' written as '\''. Plain words made only of [A-Za-z0-9_./:=@%+,-] are returned as they are
// (readable scripts); the empty string becomes ''. Throws RemoteError for a NUL character (no shell can carry it).
QString shellQuote(const QString& value);
// Quotes every element and joins them with spaces: a command line.
QString shellJoin(const QStringList& words);

}  // namespace xrs::remote
