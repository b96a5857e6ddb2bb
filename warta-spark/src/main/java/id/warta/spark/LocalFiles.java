package id.warta.spark;

import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * The local file system of a local run ({@code file:} paths): Hadoop's raw one (no checksum file beside each file),
 * setting permissions through {@link Files#setPosixFilePermissions} instead of a {@code chmod} process. Without
 * Hadoop's native library, the raw file system starts a process for every directory and file it creates; the job
 * writes a file per day and table, so that was most of the cost of its writes.
 */
public final class LocalFiles extends RawLocalFileSystem {

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
        java.nio.file.Path file = pathToFile(p).toPath();
        try {
            Files.setPosixFilePermissions(file, posix(permission));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): Hadoop's own way
            super.setPermission(p, permission);
        }
    }

    static Set<PosixFilePermission> posix(FsPermission permission) {
        Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
        add(out, permission.getUserAction(), PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE);
        add(out, permission.getGroupAction(), PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE);
        add(out, permission.getOtherAction(), PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE);
        return out;
    }

    private static void add(Set<PosixFilePermission> out, FsAction action, PosixFilePermission read,
                            PosixFilePermission write, PosixFilePermission execute) {
        if (action.implies(FsAction.READ)) {
            out.add(read);
        }
        if (action.implies(FsAction.WRITE)) {
            out.add(write);
        }
        if (action.implies(FsAction.EXECUTE)) {
            out.add(execute);
        }
    }
}
