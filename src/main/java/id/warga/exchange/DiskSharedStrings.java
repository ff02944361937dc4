package id.warga.exchange;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings kept on disk: Excel writes every text cell there, so for a city's
 * worth of residents the table holds millions of names and numbers. They are streamed once into a
 * temporary file and read back through a memory mapping (outside the heap) by index.
 */
final class DiskSharedStrings implements SharedStrings, AutoCloseable {

    private static final long CHUNK = 1L << 30;

    private final Path directory;
    private Path data;
    private Path offsets;
    private final List<MappedByteBuffer> dataChunks = new ArrayList<>();
    private MappedByteBuffer offsetMap;
    private int count;

    DiskSharedStrings(Path directory) {
        this.directory = directory;
    }

    void load(InputStream sst) throws IOException {
        Files.createDirectories(directory);
        data = Files.createTempFile(directory, "sst", ".txt");
        offsets = Files.createTempFile(directory, "sst", ".idx");
        try (OutputStream dataOut = new BufferedOutputStream(Files.newOutputStream(data), 1 << 16);
                DataOutputStream indexOut =
                        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(offsets), 1 << 16))) {
            Writer writer = new Writer(dataOut, indexOut);
            XMLReader parser = SAXHelper.newXMLReader();
            parser.setContentHandler(writer);
            parser.parse(new InputSource(sst));
            indexOut.writeLong(writer.position);
            count = writer.count;
        } catch (SAXException | ParserConfigurationException e) {
            throw new BadFileException("not-spreadsheet");
        }
        try (FileChannel channel = FileChannel.open(data, StandardOpenOption.READ)) {
            long size = channel.size();
            for (long start = 0; start < size; start += CHUNK) {
                dataChunks.add(channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(CHUNK, size - start)));
            }
        }
        try (FileChannel channel = FileChannel.open(offsets, StandardOpenOption.READ)) {
            offsetMap = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
        }
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new XSSFRichTextString(text(idx));
    }

    String text(int idx) {
        if (offsetMap == null || idx < 0 || idx >= count) {
            return "";
        }
        long from = offsetMap.getLong(idx * 8);
        long to = offsetMap.getLong((idx + 1) * 8);
        int length = (int) (to - from);
        if (length == 0) {
            return "";
        }
        ByteBuffer chunk = dataChunks.get((int) (from / CHUNK));
        byte[] bytes = new byte[length];
        chunk.get((int) (from % CHUNK), bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return count;
    }

    @Override
    public void close() {
        dataChunks.clear();
        offsetMap = null;
        if (data != null) {
            XlsxRows.deleteQuietly(data);
        }
        if (offsets != null) {
            XlsxRows.deleteQuietly(offsets);
        }
    }

    /** Writes each {@code <si>} item's text (its {@code <t>} runs, not phonetic hints) and its offset. */
    private static final class Writer extends DefaultHandler {

        private final OutputStream dataOut;
        private final DataOutputStream indexOut;
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private boolean inPhonetic;
        long position;
        int count;

        Writer(OutputStream dataOut, DataOutputStream indexOut) {
            this.dataOut = dataOut;
            this.indexOut = indexOut;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = local(localName, qName);
            if ("si".equals(name)) {
                text.setLength(0);
            } else if ("rPh".equals(name)) {
                inPhonetic = true;
            } else if ("t".equals(name) && !inPhonetic) {
                inText = true;
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String name = local(localName, qName);
            if ("t".equals(name)) {
                inText = false;
            } else if ("rPh".equals(name)) {
                inPhonetic = false;
            } else if ("si".equals(name)) {
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                try {
                    // an item never straddles two mapped chunks
                    long room = CHUNK - (position % CHUNK);
                    if (bytes.length > room) {
                        dataOut.write(new byte[(int) room]);
                        position += room;
                    }
                    indexOut.writeLong(position);
                    dataOut.write(bytes);
                } catch (IOException e) {
                    throw new SAXException(e);
                }
                position += bytes.length;
                count++;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }

        private static String local(String localName, String qName) {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            int colon = name.indexOf(':');
            return colon < 0 ? name : name.substring(colon + 1);
        }
    }
}
