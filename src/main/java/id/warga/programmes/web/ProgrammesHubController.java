package id.warga.programmes.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where the programmes start for a signed-in user: the environment fund, aid and scholarships. */
@Controller
class ProgrammesHubController {

    @GetMapping("/program")
    String hub() {
        return "programmes/hub";
    }
}
