package id.warga.demo;

/** What a generation produced. */
public record DemoCity(int kelurahan, int rws, int rts, int households, int residents, long millis) {}
