// remote/cli/SshHostFactory: SSH hosts for xrs-remote, built only when xrs_ssh (remote/ssh) is part of the build.
// The SSH profile of the same name in the same list file says how to connect; authentication is by agent or key
// (no terminal prompts here yet: empty callbacks refuse unknown host keys and interactive logins).
#include "remote/ssh/SshHost.h"

namespace xrs::remote {

std::shared_ptr<RemoteHost> openSshHost(const QString& profilesFile, const QString& name)
{
    for (const HostProfile& p : loadHostProfiles(profilesFile))
        if (p.name == name) return std::make_shared<SshHost>(p, SshCallbacks{});
    throw RemoteError("no SSH profile '" + name.toStdString() + "' in " + profilesFile.toStdString());
}

}  // namespace xrs::remote
