package id.warta.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The WARC files the user named: paths or globs on any Hadoop file system ({@code hdfs://}, {@code s3a://}, local),
 * folders (their {@code .warc} and {@code .warc.gz} files, recursively) and {@code @list.txt} files listing such
 * names one a line ({@code #} starts a comment). Only names are listed on the driver, never content. A name that
 * matches nothing is kept as it is: its task then reports it in the errors table.
 */
final class Inputs {

    private Inputs() {
    }

    static List<String> expand(List<String> names, Configuration conf) throws IOException {
        Set<String> files = new LinkedHashSet<>();
        for (String name : names) {
            if (name.startsWith("@")) {
                for (String listed : lines(name.substring(1), conf)) {
                    add(listed, conf, files);
                }
            } else {
                add(name, conf, files);
            }
        }
        return new ArrayList<>(files);
    }

    private static void add(String name, Configuration conf, Set<String> files) throws IOException {
        Path path = new Path(name);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
            files.add(name);
            return;
        }
        for (FileStatus status : matches) {
            if (!status.isDirectory()) {
                files.add(status.getPath().toString());
                continue;
            }
            List<String> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
            while (it.hasNext()) {
                String file = it.next().getPath().toString();
                String lower = file.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
                    found.add(file);
                }
            }
            found.sort(null);
            files.addAll(found);
        }
    }

    private static List<String> lines(String list, Configuration conf) throws IOException {
        Path path = new Path(list);
        List<String> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(path.getFileSystem(conf).open(path),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
