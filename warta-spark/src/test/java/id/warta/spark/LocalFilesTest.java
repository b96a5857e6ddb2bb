package id.warta.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class LocalFilesTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void permissionsAreTheOctalModeHadoopAskedFor() {
        assertThat(PosixFilePermissions.toString(LocalFiles.posix(new FsPermission((short) 0755))))
                .isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(LocalFiles.posix(new FsPermission((short) 0640))))
                .isEqualTo("rw-r-----");
        assertThat(PosixFilePermissions.toString(LocalFiles.posix(new FsPermission((short) 0)))).isEqualTo("---------");
    }

    @Test
    void directoriesAndFilesAreMadeWithTheirPermissions() throws IOException {
        Configuration conf = new Configuration(false);
        conf.set("fs.file.impl", LocalFiles.class.getName());
        conf.setBoolean("fs.file.impl.disable.cache", true);
        conf.set("fs.permissions.umask-mode", "022");
        FileSystem fs = FileSystem.get(URI.create("file:///"), conf);
        assertThat(fs).isInstanceOf(LocalFiles.class);

        Path day = new Path(dir.toUri().toString(), "articles/day=2024-03-05");
        assertThat(fs.mkdirs(day, new FsPermission((short) 0750))).isTrue();
        try (FSDataOutputStream out = fs.create(new Path(day, "part-00000.jsonl"), new FsPermission((short) 0644),
                true, 4096, (short) 1, 1 << 20, null)) {
            out.write("{\"id\":\"a1\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        fs.setPermission(new Path(day, "part-00000.jsonl"), new FsPermission((short) 0600));

        java.nio.file.Path local = dir.resolve("articles/day=2024-03-05");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(local))).isEqualTo("rwxr-x---");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(local.resolve("part-00000.jsonl"))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(local.resolve("part-00000.jsonl"))).isEqualTo("{\"id\":\"a1\"}\n");
        // no checksum file beside it, as with Hadoop's raw local file system
        assertThat(local.resolve(".part-00000.jsonl.crc")).doesNotExist();
    }
}
