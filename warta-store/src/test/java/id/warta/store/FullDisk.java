package id.warta.store;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/** A Lucene directory on a disk with {@code room} bytes left: writing past them fails as a full disk does. */
final class FullDisk extends FilterDirectory {

    private final AtomicLong room;

    FullDisk(Directory in, AtomicLong room) {
        super(in);
        this.room = room;
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return new Limited(super.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return new Limited(super.createTempOutput(prefix, suffix, context));
    }

    private void spend(long bytes) throws IOException {
        if (room.addAndGet(-bytes) < 0) {
            throw new IOException("No space left on device");
        }
    }

    private final class Limited extends IndexOutput {

        private final IndexOutput out;

        Limited(IndexOutput out) {
            super("full disk " + out, out.getName());
            this.out = out;
        }

        @Override
        public void writeByte(byte b) throws IOException {
            spend(1);
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            spend(length);
            out.writeBytes(b, offset, length);
        }

        @Override
        public long getFilePointer() {
            return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
            return out.getChecksum();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
