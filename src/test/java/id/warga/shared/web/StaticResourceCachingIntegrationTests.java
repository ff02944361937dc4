package id.warga.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Phones keep the scripts and styles a page links, and fetch them again only when they change. */
@SpringBootTest
@AutoConfigureMockMvc
class StaticResourceCachingIntegrationTests {

    @Autowired
    MockMvc mvc;

    String homePage() throws Exception {
        return mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static String linked(String page, String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        assertThat(m.find()).as("the page links %s in %s", regex, page).isTrue();
        return m.group();
    }

    @Test
    void pagesLinkTheirStylesAndScriptsByContentHashAndThoseAreKeptForAYear() throws Exception {
        String page = homePage();
        String css = linked(page, "/css/warga-[0-9a-f]{32}\\.css");
        String leaflet = linked(page, "/webjars/leaflet/[0-9.]+/dist/leaflet-[0-9a-f]{32}\\.js");
        assertThat(page).doesNotContain("\"/css/warga.css\"", "\"/webjars/leaflet/dist/leaflet.js\"");
        for (String file : new String[] {css, leaflet}) {
            MvcResult result = mvc.perform(get(file))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.CACHE_CONTROL, StaticResourceCaching.IMMUTABLE))
                    .andReturn();
            assertThat(result.getResponse().getContentAsByteArray()).as(file).isNotEmpty();
        }
    }

    @Test
    void everyFileTheSignInPageLinksLoadsBeforeSigningIn() throws Exception {
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        Matcher link = Pattern.compile("(?:href|src)=\"(/[^\"?]+-[0-9a-f]{32}\\.[a-z]+)\"")
                .matcher(login);
        int files = 0;
        while (link.find()) {
            mvc.perform(get(link.group(1)))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.CACHE_CONTROL, StaticResourceCaching.IMMUTABLE));
            files++;
        }
        assertThat(files).as("style, icon, manifest and scripts in %s", login).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theSameLinkIsGivenOnEveryPageSoOneDownloadServesThemAll() throws Exception {
        String first = linked(homePage(), "/css/warga-[0-9a-f]{32}\\.css");
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(linked(login, "/css/warga-[0-9a-f]{32}\\.css")).isEqualTo(first);
    }

    @Test
    void imagesAStyleSheetNamesAreLinkedByHashToo() throws Exception {
        String leafletCss = linked(homePage(), "/webjars/leaflet/[0-9.]+/dist/leaflet-[0-9a-f]{32}\\.css");
        String sheet = mvc.perform(get(leafletCss)).andReturn().getResponse().getContentAsString();
        String image = linked(sheet, "images/layers-[0-9a-f]{32}\\.png");
        mvc.perform(get(leafletCss.substring(0, leafletCss.lastIndexOf('/') + 1) + image))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, StaticResourceCaching.IMMUTABLE));
    }

    @Test
    void aFileAskedForWithoutItsHashIsCheckedAgainEachTimeAndAnsweredNotModifiedWhenUnchanged() throws Exception {
        MvcResult plain = mvc.perform(get("/css/warga.css"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, StaticResourceCaching.REVALIDATE))
                .andReturn();
        String lastModified = plain.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
        assertThat(lastModified).isNotBlank();
        mvc.perform(get("/css/warga.css").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
                .andExpect(status().isNotModified());
    }

    @Test
    void aHashThatMatchesNoFileIsNotKept() throws Exception {
        mvc.perform(get("/css/warga-0123456789abcdef0123456789abcdef.css"))
                .andExpect(status().isNotFound())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"));
    }

    @Test
    void pagesThemselvesAreNotKept() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(
                        header().string(HttpHeaders.CACHE_CONTROL, org.hamcrest.Matchers.containsString("no-store")));
    }
}
